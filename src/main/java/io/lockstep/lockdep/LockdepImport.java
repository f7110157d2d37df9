package io.lockstep.lockdep;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Found;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.lockdep.ClassMapper.Mapping;
import io.lockstep.lockdep.EntryPoints.Suggestions;
import io.lockstep.model.SourcePos;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A lockdep report in, a scenario out: the one path behind {@code lockstep import-lockdep} and the
 * window's File ▸ Import lockdep report. It reads the report, maps its classes, writes the scenario
 * and then checks it, so that the expect lines it writes are what Lockstep finds: when the chain
 * reads an rwsem that only a waiting writer would block, it adds that writer and checks again, and
 * when the cycle still cannot deadlock as written it says {@code expect no deadlock}, not the report's
 * word. Bad text is a positioned {@link Diagnostic}; nothing here throws on any input.
 */
public final class LockdepImport {
    /** What an import made; {@code error} is set (and the rest empty) when the text could not be read. */
    public record Result(LockdepReport report, String scenario, List<Mapping> mappings, Optional<Suggestions> suggestions,
            List<String> writers, List<String> expects, Diagnostic error) {

        public boolean ok() {
            return error == null;
        }

        public List<Mapping> unmapped() {
            return mappings.stream().filter(m -> !m.mapped()).toList();
        }

        static Result failed(Diagnostic error) {
            return new Result(null, null, List.of(), Optional.empty(), List.of(), List.of(), error);
        }
    }

    /** The check of a generated scenario is of a few threads and locks; these bounds are never near. */
    private static final Limits LIMITS = new Limits(2_000_000, Duration.ofSeconds(30));

    private LockdepImport() {}

    /** Imports the report {@code text}; {@code name} names it in positions and in the scenario's header. */
    public static Result fromText(String name, String text) {
        ReportParser.Result parsed = ReportParser.parse(name, text);
        if (!parsed.ok()) {
            return Result.failed(parsed.error());
        }
        LockdepReport r = parsed.report();
        int deps = r.dependencies().size();
        if (deps > Capacity.MAX_THREADS) {
            String line = text.split("\n", -1)[r.headerLine() - 1];
            return Result.failed(new Diagnostic(Diagnostic.Severity.ERROR, new SourcePos(name, r.headerLine(), 1),
                    "the chain has " + deps + " dependencies; a scenario has at most " + Capacity.MAX_THREADS + " threads", line));
        }
        ChainPlan plan = ChainPlan.of(r);
        String source = name.replaceFirst(".*[/\\\\]", ""); // the header names the file, not the folder it was in
        Optional<Suggestions> suggestions = EntryPoints.suggest(r, plan.mappings());
        List<String> comments = new ArrayList<>();
        suggestions.ifPresent(s -> {
            comments.add("Suggested entry points of the bundled model " + s.release() + ", whose call trees hold the report's functions:");
            s.entryPoints().forEach(e -> comments.add("  " + e + "   (use \"" + s.release() + "\", then call " + e.entryPoint() + "(...))"));
        });
        List<String> writers = List.of();
        Outcome found = check(name, ScenarioGenerator.generate(plan, source, comments, writers, List.of()).text());
        List<String> readers = plan.readHeldRwsems();
        if (found != null && found.deadlock == null && !readers.isEmpty() && deps + readers.size() <= Capacity.MAX_THREADS) {
            // One writer is usually what the kernel needs; all of them together only when no single one is enough.
            List<List<String>> tries = new ArrayList<>(readers.stream().map(List::of).toList());
            if (readers.size() > 1) {
                tries.add(readers);
            }
            for (List<String> w : tries) {
                Outcome o = check(name, ScenarioGenerator.generate(plan, source, comments, w, List.of()).text());
                writers = w;
                found = o;
                if (o == null || o.deadlock != null) {
                    break;
                }
            }
        }
        List<String> expects = expects(plan, found, writers);
        String out = ScenarioGenerator.generate(plan, source, comments, writers, expects).text();
        // The project's own loader is the judge of the text: what it refuses is never handed out.
        Loaded loaded = ScenarioLoader.loadTextChecked(name + ".lks", out, null, null, Capacity::check);
        if (!loaded.ok()) {
            return Result.failed(Diagnostic.ofCommandLine(name, "internal error: the generated scenario does not load: "
                    + loaded.errors().get(0).format() + "; please report it with the report text"));
        }
        return new Result(r, out, plan.mappings(), suggestions, writers, expects, null);
    }

    /** What one exploration of a generated scenario found: a deadlock and the widest plain inversion, or null. */
    private record Outcome(Finding.Deadlock deadlock, Finding.Inversion inversion, boolean complete) {}

    private static Outcome check(String name, String text) {
        Loaded loaded = ScenarioLoader.loadTextChecked(name + ".lks", text, null, null, Capacity::check);
        if (!loaded.ok()) {
            return null; // reported by the final load
        }
        ExplorationResult result = new Explorer(Program.compile(loaded.scenario())).explore(LIMITS, Progress.NONE);
        Finding.Deadlock deadlock = null;
        Finding.Inversion widest = null;
        for (Found f : result.findings()) {
            if (f.finding() instanceof Finding.Deadlock d && deadlock == null) {
                deadlock = d;
            } else if (f.finding() instanceof Finding.Inversion inv && inv.gate() == null
                    && (widest == null || distinct(inv).size() > distinct(widest).size())) {
                widest = inv;
            }
        }
        return new Outcome(deadlock, widest, result.complete());
    }

    private static List<String> distinct(Finding.Inversion inv) {
        return inv.cycle().stream().distinct().sorted(Comparator.naturalOrder()).toList();
    }

    /** Why a recursive acquisition deadlocks; for two reads, what the kernel needs besides (a writer in between). */
    private static String recursiveWhy(ChainPlan plan) {
        ChainPlan.Link l = plan.links().get(0);
        if (l.outerMode() == AcquireMode.READ && l.innerMode() == AcquireMode.READ) {
            return "two read holds: Lockstep, like lockdep, counts the second as waiting for itself; the kernel deadlocks"
                    + " when a writer waits in between (" + ScenarioGenerator.WRITE_SITES.getOrDefault(l.inner(),
                            "a writer of " + l.inner()) + ")";
        }
        return "the thread takes a lock it holds: it waits for itself";
    }

    /** The expect lines Lockstep's own check of the scenario bears out, each with a comment saying why. */
    private static List<String> expects(ChainPlan plan, Outcome found, List<String> writers) {
        List<String> out = new ArrayList<>();
        if (found == null) {
            return out;
        }
        boolean recursive = plan.report().kind() == LockdepReport.Kind.RECURSIVE;
        if (found.deadlock != null) {
            out.add("expect deadlock    # " + (recursive ? recursiveWhy(plan)
                    : writers.isEmpty() ? "the threads can each hold the lock the next one wants"
                    : "with the writer of " + String.join(" and ", writers) + " waiting, the readers wait too"));
        } else if (found.complete) {
            out.add("expect no deadlock    # Lockstep finds no schedule that deadlocks: a read lets the other readers in"
                    + (writers.isEmpty() ? "" : " (even with a writer waiting)") + ", and a trylock never waits");
        }
        if (found.inversion != null) {
            List<String> cycle = found.inversion.cycle().stream().distinct().toList();
            out.add("expect inversion " + String.join(" ", cycle) + "    # the lock-order cycle lockdep reported");
        } else if (found.complete && !recursive) {
            out.add("expect no inversion    # no cycle in Lockstep's lock-order graph: a trylock (kernfs_get_active()) orders nothing");
        }
        return out;
    }
}
