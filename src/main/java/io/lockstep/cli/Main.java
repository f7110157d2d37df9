package io.lockstep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lockstep}: the command line. Without a command it prints help. */
@Command(name = "lockstep", mixinStandardHelpOptions = true, versionProvider = VersionLines.class,
        description = {
            "Lockstep explores and explains Linux memory-hotplug locking: it runs scenarios of kernel threads "
                    + "(written in .lks files over bundled models of v4.0, v4.18, v4.20 and v6.14) through every "
                    + "interleaving and reports deadlocks, lock-order inversions, races and violations.", ""},
        subcommands = {CheckCommand.class, SwitchesCommand.class, ShowCommand.class, TourCommand.class, RenderCommand.class,
            ExportCommand.class, ImportLockdepCommand.class, ImportLsmemCommand.class, BenchCommand.class,
            CompletionCommand.class, ManCommand.class, HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Whether {@code word} starts a command-line invocation rather than opening the window. */
    public static boolean isCommand(String word) {
        return java.util.Set.of("check", "switches", "show", "tour", "render", "export", "import-lockdep", "import-lsmem",
                "bench", "completion", "man", "help", "--help", "-h", "--version", "-V")
                .contains(word);
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CheckCommand plain = PlainCheck.parse(args);
        if (plain != null) {
            return PlainCheck.run(plain); // the everyday check, without picocli's cold start
        }
        CommandLine cl = commandLine();
        cl.setExecutionExceptionHandler((ex, line, parsed) -> internalError(ex, line.getErr()));
        return cl.execute(args);
    }

    /** A command's unexpected exception: said on {@code err}, exit 70. */
    static int internalError(Exception ex, java.io.PrintWriter err) {
        err.println("lockstep: internal error: " + ex);
        return 70;
    }

    /** The command line with every subcommand, {@code check --help} ending with the limits. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        CommandLine.Model.UsageMessageSpec usage = cl.getSubcommands().get("check").getCommandSpec().usageMessage();
        java.util.List<String> footer = new java.util.ArrayList<>(java.util.List.of(usage.footer()));
        footer.addAll(CheckCommand.limitsFooter());
        usage.footer(footer.toArray(String[]::new));
        // every command's help offers -V, so every command answers it as lockstep -V does
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new VersionLines()));
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
