package io.lockstep.cli;

import io.lockstep.engine.Program;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.lang.SwitchSettings;
import io.lockstep.tour.CheckedTour;
import io.lockstep.tour.TourLoader;
import io.lockstep.trace.TraceRecorder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lockstep tour FILE.tour}: checks a guided tour against its scenario and prints each
 * chapter's schedule, step by step, with the stops where they fall, so a tour's author sees what
 * the audience will see at each stop. Errors are positioned like a scenario's.
 */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = {"Check guided tours (.tour files) against their scenarios and print each chapter's schedule"
                + " with its stops."},
        footer = {"", "Example:", "  lockstep tour samples/tours/deadlock-2015.tour"})
final class TourCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tour files (.tour).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = FileReport.OK;
        for (Path f : files) {
            TourLoader.Result r = TourLoader.load(f);
            if (!r.ok()) {
                err.print(r.report());
                exit = Math.max(exit, 2);
                continue;
            }
            print(out, r.tour());
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static void print(PrintWriter out, CheckedTour tour) {
        out.println(tour.file() + ": \"" + tour.title() + "\", "
                + tour.chapters().size() + " chapter(s), " + tour.stopCount() + " stops: valid");
        for (CheckedTour.Chapter chapter : tour.chapters()) {
            CheckedTour.Scenario sc = chapter.scenario();
            var loaded = SwitchSettings.applyTo(ScenarioLoader.loadTextChecked(sc.name(), sc.text(), sc.folder(),
                    tour.release(), io.lockstep.engine.Capacity::check), chapter.switches(), "the tour", sc.name());
            Program program = Program.compile(loaded.scenario(), true);
            TraceRecorder run = new TraceRecorder(program, null);
            out.println();
            out.println("chapter \"" + chapter.title() + "\" over " + sc.name() + " (" + chapter.scheduleText() + ", "
                    + chapter.schedule().size() + " steps" + (chapter.switches().isEmpty() ? "" : ", "
                    + switchText(chapter.switches())) + ")");
            int s = 0;
            for (CheckedTour.Stop stop : chapter.stops()) {
                for (; s < stop.step(); s++) {
                    int t = chapter.schedule().get(s);
                    out.printf("  %4d  %-14s %s%n", s + 1, program.threadLabel(t) + ":",
                            program.nextStatement(run.state(), t));
                    run.step(t);
                }
                out.println("        >> stop at step " + stop.step() + ": " + stop.caption()
                        + (stop.question() == null ? "" : " [question, answer \"" + stop.question().answerName() + "\"]"));
            }
        }
    }

    /** "patch2=on, patch3=on", as the language writes switch values. */
    private static String switchText(java.util.Map<String, Boolean> switches) {
        return switches.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + (e.getValue() ? "on" : "off")).collect(java.util.stream.Collectors.joining(", "));
    }
}
