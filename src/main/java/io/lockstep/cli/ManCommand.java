package io.lockstep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lockstep man}: a man page (troff, section 1) made of the same help text as {@code --help},
 * so that it cannot drift from the options. picocli-codegen's ManPageGenerator writes AsciiDoc, which
 * would need Asciidoctor in the build to become a man page; the help text set in {@code .nf} blocks
 * needs nothing. The build writes it as target/lockstep.1 ({@code man target/lockstep.1}).
 */
@Command(name = "man", description = "Print lockstep's man page (troff): every command's help, as --help prints"
        + " it. man -l <(lockstep man)")
final class ManCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine lockstep = spec.parent().commandLine();
        PrintWriter out = spec.commandLine().getOut();
        out.println(".TH LOCKSTEP 1 \"\" \"" + lockstep.getCommandSpec().version()[0] + "\" \"User Commands\"");
        out.println(".SH NAME");
        out.println("lockstep \\- explore and explain Linux memory-hotplug locking, interleaving by interleaving");
        out.println(".SH SYNOPSIS");
        preformatted(out, usage(lockstep));
        for (Map.Entry<String, CommandLine> sub : lockstep.getSubcommands().entrySet()) {
            out.println(".SH \"LOCKSTEP " + sub.getKey().toUpperCase(java.util.Locale.ROOT) + "\"");
            preformatted(out, usage(sub.getValue()));
        }
        out.println(".SH \"SEE ALSO\"");
        out.println("lockstep help language (the .lks scenario language, Markdown)");
        out.flush();
        return 0;
    }

    private static String usage(CommandLine cl) {
        StringWriter text = new StringWriter();
        cl.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString();
    }

    /** Text as it is, line for line: troff's escape character doubled, a leading dot or quote made literal. */
    private static void preformatted(PrintWriter out, String text) {
        out.println(".nf");
        for (String line : text.split("\n", -1)) {
            String escaped = line.replace("\\", "\\e");
            out.println(escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped);
        }
        out.println(".fi");
    }
}
