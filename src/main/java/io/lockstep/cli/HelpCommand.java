package io.lockstep.cli;

import io.lockstep.lang.LanguageReference;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lockstep help [TOPIC]}: the usage of lockstep or of one command, like picocli's own help
 * command, plus {@code help language}, the bundled language reference. It is an ordinary subcommand
 * rather than a picocli {@code helpCommand} because picocli ignores a help command's exit code, and an
 * unknown topic must exit 2.
 */
@Command(name = "help", description = "Print the help of lockstep or of one command; 'help language' prints the"
        + " reference of the .lks scenario language (Markdown).")
final class HelpCommand implements Callable<Integer> {
    static final String LANGUAGE = "language";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TOPIC", description = "language, or a command: check, switches, show, tour,"
            + " render, export, import-lockdep, import-lsmem, bench, completion, man, help.")
    String topic;

    @Override
    public Integer call() {
        CommandLine lockstep = spec.parent().commandLine();
        PrintWriter out = spec.commandLine().getOut();
        if (topic == null) {
            lockstep.usage(out);
        } else if (topic.equals(LANGUAGE)) {
            out.print(LanguageReference.text());
        } else if (lockstep.getSubcommands().containsKey(topic)) {
            lockstep.getSubcommands().get(topic).usage(out);
        } else {
            List<String> topics = new ArrayList<>(List.of(LANGUAGE));
            topics.addAll(lockstep.getSubcommands().keySet());
            spec.commandLine().getErr().println("lockstep help: unknown topic " + topic + "; the topics are "
                    + String.join(", ", topics));
            return 2;
        }
        out.flush();
        return 0;
    }
}
