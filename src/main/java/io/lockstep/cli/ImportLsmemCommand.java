package io.lockstep.cli;

import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.LsmemFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-lsmem", mixinStandardHelpOptions = true,
        description = {
            "Print the memory { ... } block equal to a saved lsmem table: what memory from lsmem \"FILE\" gives a "
                    + "scenario, to read or to paste and edit.", ""},
        footer = {
            "",
            "Exit codes: 0 printed; 2 the file is missing or not an lsmem table (the errors point into it).",
            "",
            "Examples:",
            "  lsmem --output RANGE,SIZE,STATE,REMOVABLE,BLOCK,NODE,ZONES > lsmem.txt",
            "  lockstep import-lsmem lsmem.txt"})
final class ImportLsmemCommand implements Callable<Integer> {
    static final int INVALID = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The output of lsmem, saved to a file.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LsmemFiles.Imported imported = LsmemFiles.read(file);
        for (Diagnostic d : imported.diagnostics()) {
            err.println(d.format());
        }
        err.flush();
        if (imported.memoryBlock() == null) {
            return INVALID;
        }
        out.print(imported.memoryBlock());
        out.flush();
        return 0;
    }
}
