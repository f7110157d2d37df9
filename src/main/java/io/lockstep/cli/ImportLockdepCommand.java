package io.lockstep.cli;

import io.lockstep.lang.SourceFiles;
import io.lockstep.lockdep.ImportSummary;
import io.lockstep.lockdep.LockdepImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-lockdep", mixinStandardHelpOptions = true,
        description = {"Turn a lockdep report ('possible circular locking dependency detected' or 'possible recursive"
                + " locking detected', pasted from dmesg or a mail) into a scenario: a lock per class of the chain,"
                + " named as the bundled models name them, a thread per link taking its two locks in the recorded order and"
                + " mode, and the expect lines Lockstep's own check of it bears out ('expect deadlock' for a real cycle)."
                + " Prints the file written, the class mapping, the unmapped classes and the entry points of a bundled model"
                + " whose call trees match the report's stacks.",
            "Check the result with 'lockstep check OUT.lks'."},
        footer = {"", "Exit codes:", "  0  the scenario was written",
            "  2  the report could not be read (FILE:LINE:COL: what was expected, the line, a caret),",
            "     or OUT exists (use --force)", "",
            "Example:", "  lockstep import-lockdep splat.txt -o splat.lks && lockstep check splat.lks"})
final class ImportLockdepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", description = "The report, as text (mail quoting, timestamps, wrapped lines are fine).")
    Path report;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The scenario to write (default: REPORT with .lks in place of its extension).")
    Path output;

    @Option(names = "--force", description = "Replace OUT if it exists.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = SourceFiles.read(report);
        } catch (IOException e) {
            err.println(report + ": cannot read the report: " + e.getMessage());
            err.flush();
            return FileReport.INVALID;
        }
        LockdepImport.Result imported = LockdepImport.fromText(report.toString(), text);
        if (!imported.ok()) {
            err.println(imported.error().format());
            err.flush();
            return FileReport.INVALID;
        }
        Path target = output != null ? output : defaultOutput(report);
        if (Files.exists(target) && !force) {
            err.println(target + ": exists; choose another -o or add --force to replace it");
            err.flush();
            return FileReport.INVALID;
        }
        try {
            io.lockstep.share.AtomicFile.writeString(target, imported.scenario());
        } catch (IOException e) {
            err.println(target + ": cannot write the scenario: " + e.getMessage());
            err.flush();
            return FileReport.INVALID;
        }
        print(out, target, imported);
        out.flush();
        return FileReport.OK;
    }

    static Path defaultOutput(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return report.resolveSibling(stem + ".lks");
    }

    /** What was written and what the user should look at: the mapping, what stayed unmapped, the suggestions. */
    static void print(PrintWriter out, Path target, LockdepImport.Result imported) {
        out.println("wrote " + target);
        ImportSummary.lines(imported, false).forEach(out::println);
        out.println("next: lockstep check " + target);
    }
}
