package io.lockstep.cli;

import io.lockstep.lang.BundledModel;
import io.lockstep.lang.Releases;
import io.lockstep.model.ProcDecl;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {
            "Print a bundled kernel model, or one proc of it as the model writes it, with its citation and "
                    + "the procs of that model that call it.", ""},
        footer = {
            "",
            "Exit codes: 0 printed; 2 an unknown model or proc (the message names the known ones).",
            "",
            "Examples:",
            "  lockstep show v4.20",
            "  lockstep show v4.20 online_pages"})
final class ShowCommand implements Callable<Integer> {
    static final int UNKNOWN = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A bundled kernel model: v4.0, v4.18, v4.20 or v6.14.")
    String model;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PROC", description = "One proc of that model.")
    String proc;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BundledModel m = BundledModel.load(model).orElse(null);
        if (m == null) {
            err.println("lockstep show: unknown model " + model + BundledModel.suggestModel(model)
                    + " (the bundled models are " + String.join(", ", Releases.BUNDLED) + ")");
            return UNKNOWN;
        }
        if (proc == null) {
            out.print(m.text());
            out.flush();
            return 0;
        }
        ProcDecl p = m.proc(proc).orElse(null);
        if (p == null) {
            err.println("lockstep show: model " + model + " has no proc " + proc + m.suggestProc(proc));
            err.print(wrap("its procs are: " + String.join(", ", m.procNames()), 100));
            return UNKNOWN;
        }
        out.print(m.source(p));
        out.println();
        out.println(citation(p));
        out.println("called by: " + callers(m.callers(proc), BundledModel.isEntryPoint(proc)));
        out.flush();
        return 0;
    }

    /** The kernel place the proc cites, and where the model declares it (the model file's own line). */
    private static String citation(ProcDecl p) {
        String declared = "(" + p.pos().file() + ":" + p.pos().line() + ")";
        return p.at() == null ? "no kernel citation " + declared : "at \"" + p.at() + "\"  " + declared;
    }

    /** Breaks a long list after a comma so that it reads in a 100-column terminal. */
    static String wrap(String text, int width) {
        StringBuilder sb = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (sb.length() > lineStart && sb.length() - lineStart + 1 + word.length() > width) {
                sb.append('\n').append("  ");
                lineStart = sb.length() - 2;
            } else if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word);
        }
        return sb.append('\n').toString();
    }

    private static String callers(List<String> callers, boolean entryPoint) {
        if (!callers.isEmpty()) {
            return String.join(", ", callers);
        }
        return entryPoint ? "no proc (an entry point)" : "no proc";
    }
}
