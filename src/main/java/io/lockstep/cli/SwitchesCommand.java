package io.lockstep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "switches", mixinStandardHelpOptions = true,
        description = {"Print the switches of each scenario and of the kernel model it uses: name, value, what it does.",
            "Set one with 'set NAME = on' in the scenario or 'lockstep check --set NAME=on'."},
        footer = {"", "Example:", "  lockstep switches samples/v418-hotadd-vs-udev.lks"})
final class SwitchesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (.lks).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--release", paramLabel = "V", description = "List them under another bundled kernel model.")
    String release;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!CheckCommand.knownRelease("switches", release, spec.commandLine().getErr())) {
            return FileReport.INVALID;
        }
        int exit = FileReport.OK;
        for (Path f : files) {
            if (f != files.get(0)) {
                out.println();
            }
            exit = Math.max(exit, SwitchList.print(out, f, release, Map.of()));
        }
        out.flush();
        return exit;
    }
}
