package io.lockstep.tour;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.LockOrderEdge;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Found;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.Releases;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.lang.SwitchSettings;
import io.lockstep.lang.TourParser;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Tour;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a parsed tour against its scenario, chapter by chapter: the release and switches exist,
 * the schedule can be found (a finding kind) or replayed (thread names), every stop lies within it,
 * every highlighted lock, edge, block and thread exists, and every question's answer can step
 * there. Each problem is an error at the tour's line. Runs as the window does (rules checked), so a
 * step number means the same step on screen.
 */
final class TourCheck {
    private final String text;
    private final List<Diagnostic> errors = new ArrayList<>();

    private TourCheck(String text) {
        this.text = text;
    }

    static TourLoader.Result check(String file, String text, Tour tour, Map<String, TourLoader.ScenarioText> scenarios) {
        TourCheck check = new TourCheck(text);
        String release = null;
        if (tour.release() != null) {
            release = tour.release().text();
            if (!Releases.BUNDLED.contains(release)) {
                check.error(tour.release().pos(), "unknown release \"" + release + "\": the bundled ones are "
                        + String.join(", ", Releases.BUNDLED));
                return check.result(null);
            }
        }
        Map<String, Loaded> loaded = new HashMap<>();
        List<CheckedTour.Chapter> chapters = new ArrayList<>();
        for (Tour.Chapter chapter : tour.chapters()) {
            Tour.Named name = chapter.scenario() == null ? tour.scenario() : chapter.scenario();
            TourLoader.ScenarioText scenario = scenarios.get(name.text());
            String r = release;
            Loaded asWritten = loaded.computeIfAbsent(name.text(), n -> ScenarioLoader.loadTextChecked(scenario.name(),
                    scenario.text(), scenario.folder(), r, Capacity::check));
            if (!asWritten.ok()) {
                check.error(name.pos(), "the scenario \"" + name.text() + "\" has " + asWritten.errors().size()
                        + " error(s), listed below");
                check.errors.addAll(asWritten.errors());
                return check.result(null);
            }
            CheckedTour.Scenario source = new CheckedTour.Scenario(scenario.name(), scenario.text(), scenario.folder());
            check.chapter(chapter, asWritten, source).ifPresent(chapters::add);
        }
        return check.result(new CheckedTour(tour.title(), file, release, chapters));
    }

    private TourLoader.Result result(CheckedTour tour) {
        return errors.isEmpty() ? new TourLoader.Result(tour, List.of()) : new TourLoader.Result(null, errors);
    }

    private void error(SourcePos pos, String message) {
        errors.add(TourParser.errorAt(text, pos, message));
    }

    private Optional<CheckedTour.Chapter> chapter(Tour.Chapter chapter, Loaded asWritten, CheckedTour.Scenario source) {
        int before = errors.size();
        chapter.switches().keySet().stream().filter(name -> !asWritten.scenario().switches().containsKey(name))
                .forEach(name -> error(chapter.switchPos().get(name), "unknown switch '" + name + "': this scenario's"
                        + " model has " + (asWritten.scenario().switches().isEmpty() ? "none"
                        : String.join(", ", asWritten.scenario().switches().keySet()))));
        if (errors.size() > before) {
            return Optional.empty();
        }
        Loaded loaded = SwitchSettings.applyTo(asWritten, chapter.switches(), "the tour", asWritten.scenario().file());
        if (!loaded.ok()) {
            error(chapter.pos(), loaded.errors().get(0).message());
            return Optional.empty();
        }
        Program program = Program.compile(loaded.scenario(), true);
        Optional<List<Integer>> schedule = chapter.scheduleKind() != null ? found(chapter.scheduleKind(), program)
                : named(chapter.scheduleThreads(), program);
        if (schedule.isEmpty()) {
            return Optional.empty();
        }
        Trace trace = new ReplayScheduler(schedule.get()).drive(new TraceRecorder(program, null), schedule.get().size());
        Set<String> edges = madeEdges(trace);
        List<CheckedTour.Stop> stops = new ArrayList<>();
        for (int i = 0; i < chapter.stops().size(); i++) {
            boolean last = i == chapter.stops().size() - 1;
            stop(chapter.stops().get(i), program, trace, edges, last).ifPresent(stops::add);
        }
        String scheduleText = chapter.scheduleKind() != null ? "the shortest " + chapter.scheduleKind().text()
                + " schedule" : "the tour's schedule";
        return errors.size() > before ? Optional.empty() : Optional.of(new CheckedTour.Chapter(chapter.title(), source,
                chapter.switches(), schedule.get(), scheduleText, stops));
    }

    /** The shortest schedule of a kind, as the window's badge loads it (the kernel's own violations first). */
    private Optional<List<Integer>> found(Tour.Named kind, Program program) {
        Finding.Kind k = switch (kind.text()) {
            case "deadlock" -> Finding.Kind.DEADLOCK;
            case "inversion" -> Finding.Kind.INVERSION;
            case "guarded inversion" -> Finding.Kind.GUARDED_INVERSION;
            case "race" -> Finding.Kind.RACE;
            default -> Finding.Kind.VIOLATION;
        };
        ExplorationResult result = new Explorer(program).explore(Limits.DEFAULT, Progress.NONE);
        Optional<Found> shortest = result.shortest(k);
        if (shortest.isEmpty()) {
            error(kind.pos(), "no interleaving of this chapter's model shows a " + k.words
                    + (result.complete() ? "" : " (the exploration stopped: " + result.stopReason() + ")")
                    + ": name the threads of the schedule instead");
            return Optional.empty();
        }
        return Optional.of(shortest.get().schedule());
    }

    /** Thread names replayed one step each; the first that cannot step is an error at its name. */
    private Optional<List<Integer>> named(List<Tour.Named> names, Program program) {
        List<Integer> schedule = new ArrayList<>();
        TraceRecorder run = new TraceRecorder(program, null);
        for (Tour.Named name : names) {
            int t = program.threadLabels().indexOf(name.text());
            if (t < 0) {
                error(name.pos(), unknownThread(name.text(), program));
                return Optional.empty();
            }
            if (!run.canStep(t)) {
                error(name.pos(), "\"" + name.text() + "\" cannot take step " + (schedule.size() + 1)
                        + " of this schedule (" + whyNot(program, run, t) + ")");
                return Optional.empty();
            }
            run.step(t);
            schedule.add(t);
        }
        return Optional.of(schedule);
    }

    private Optional<CheckedTour.Stop> stop(Tour.Stop stop, Program program, Trace trace, Set<String> edges,
            boolean last) {
        int before = errors.size();
        if (stop.step() > trace.size()) {
            error(stop.pos(), "step " + stop.step() + " is beyond this chapter's schedule, which has " + trace.size()
                    + " steps");
            return Optional.empty();
        }
        Set<String> lanes = new LinkedHashSet<>();
        Set<String> edgeKeys = new LinkedHashSet<>();
        Set<Integer> blocks = new LinkedHashSet<>();
        Set<Integer> threads = new LinkedHashSet<>();
        for (Tour.Highlight h : stop.highlights()) {
            if (h instanceof Tour.Lane l) {
                if (lockNames(program).contains(l.lock())) {
                    lanes.add(l.lock());
                } else {
                    error(l.pos(), "unknown lock '" + l.lock() + "': a lane is a lock class or instance of"
                            + " the run, such as " + program.lockInstanceName(0));
                }
            } else if (h instanceof Tour.Edge e) {
                edge(e, program, edges).ifPresent(edgeKeys::add);
            } else if (h instanceof Tour.Block b) {
                if (program.isBlockDefined(b.number())) {
                    blocks.add(b.number());
                } else {
                    error(b.pos(), "block " + b.number() + " is not in the scenario's memory layout");
                }
            } else if (h instanceof Tour.Thread t) {
                int n = program.threadLabels().indexOf(t.name());
                if (n < 0) {
                    error(t.pos(), unknownThread(t.name(), program));
                } else {
                    threads.add(n);
                }
            }
        }
        CheckedTour.Question question = stop.question() == null ? null : question(stop, program, trace, last);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CheckedTour.Stop(stop.step(), stop.caption(),
                new CheckedTour.Highlights(lanes, edgeKeys, blocks, threads), question));
    }

    private Optional<String> edge(Tour.Edge e, Program program, Set<String> made) {
        if (program.lockClassIndex(e.from()) < 0) {
            error(e.pos(), "unknown lock class '" + e.from() + "'");
        } else if (program.lockClassIndex(e.to()) < 0) {
            error(e.toPos(), "unknown lock class '" + e.to() + "'");
        } else if (!made.contains(e.from() + "->" + e.to())) {
            error(e.pos(), "this chapter's run never makes the lock-order edge " + e.from() + " -> " + e.to()
                    + (made.isEmpty() ? "" : " (it makes " + String.join(", ", made).replace("->", " -> ") + ")"));
        } else {
            return Optional.of(e.from() + "->" + e.to());
        }
        return Optional.empty();
    }

    private CheckedTour.Question question(Tour.Stop stop, Program program, Trace trace, boolean last) {
        Tour.Question q = stop.question();
        String name = q.answer().text();
        int t = program.threadLabels().indexOf(name);
        if (t < 0) {
            error(q.answer().pos(), unknownThread(name, program));
            return null;
        }
        TraceRecorder run = new TraceRecorder(program, null);
        trace.schedule().subList(0, stop.step()).forEach(run::step);
        if (!run.canStep(t)) {
            error(q.answer().pos(), "\"" + name + "\" cannot step at step " + stop.step()
                    + " (" + whyNot(program, run, t) + "), so it cannot be the right answer");
            return null;
        }
        if (!last && (stop.step() >= trace.size() || trace.step(stop.step() + 1).thread() != t)) {
            error(q.answer().pos(), "the later stops follow the schedule, which takes "
                    + (stop.step() >= trace.size() ? "no step" : "\"" + program.threadLabel(trace.step(stop.step() + 1)
                    .thread()) + "\"") + " after step " + stop.step() + ": answer with that thread, or make this"
                    + " the chapter's last stop");
            return null;
        }
        return new CheckedTour.Question(q.text(), t, name, q.right(), q.wrong());
    }

    /** Why thread {@code t} cannot step now, for the message: done, or where it waits. */
    private static String whyNot(Program program, TraceRecorder run, int t) {
        String next = program.nextStatement(run.state(), t);
        return next == null ? "it has finished" : "it is blocked at: " + next;
    }

    private static Set<String> lockNames(Program program) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < program.lockInstanceCount(); i++) {
            names.add(program.lockInstanceName(i));
            names.add(program.lockClassName(program.lockClassOf(i)));
        }
        return names;
    }

    private static Set<String> madeEdges(Trace trace) {
        Set<String> edges = new LinkedHashSet<>();
        trace.forEachEvent(0, trace.size(), (Event e) -> {
            if (e instanceof LockOrderEdge edge && edge.added()) {
                edges.add(edge.from() + "->" + edge.to());
            }
        });
        return edges;
    }

    private static String unknownThread(String name, Program program) {
        return "unknown thread \"" + name + "\": this scenario's threads are \""
                + String.join("\", \"", program.threadLabels()) + "\"";
    }
}
