package io.lockstep.cli;

import java.util.Map;

/**
 * The colours of {@code lockstep check}'s text report ({@code --color=auto|always|never}): ANSI
 * escapes around a verdict or a finding's header, or nothing. {@code auto} colours only a terminal,
 * so that a pipe, a file or a golden output stays plain text, and honours NO_COLOR (no-color.org)
 * and TERM=dumb; {@code always} is for a pager that understands escapes ({@code | less -R}).
 */
final class Ink {
    enum When { AUTO, ALWAYS, NEVER }

    static final Ink NONE = new Ink(false);

    private static final String RESET = "\u001b[0m";
    private final boolean on;

    private Ink(boolean on) {
        this.on = on;
    }

    /** The ink for {@code when}, deciding {@code auto} from this process's terminal and environment. */
    static Ink of(When when) {
        return of(when, System.getenv(), isTerminal());
    }

    /** {@link #of(When)} with the environment and the terminal given (tests). */
    static Ink of(When when, Map<String, String> env, boolean terminal) {
        return new Ink(switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && !"dumb".equals(env.get("TERM"))
                    && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty());
        });
    }

    /**
     * Whether standard output is a terminal. Java 17's {@code System.console()} is null when either
     * end is redirected; from Java 22 it is a console even then, and {@code isTerminal()} tells.
     */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22, a console exists only for a terminal
        }
    }

    boolean on() {
        return on;
    }

    String holds(String text) {
        return wrap("\u001b[32m", text);
    }

    String fails(String text) {
        return wrap("\u001b[31;1m", text);
    }

    String unsettled(String text) {
        return wrap("\u001b[33m", text);
    }

    String header(String text) {
        return wrap("\u001b[1m", text);
    }

    private String wrap(String start, String text) {
        return on ? start + text + RESET : text;
    }
}
