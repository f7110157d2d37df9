package io.lockstep.lang;

import io.lockstep.model.ProcDecl;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Patch this proc": a copy of a bundled model's proc, appended to a scenario as a redefinition for
 * the user to edit (the language lets a scenario redefine a proc of the model it uses, keeping its
 * parameters). Until it is edited, the copy behaves exactly as the model's proc, so the verdicts
 * stay what they were.
 */
public final class ProcPatch {
    private ProcPatch() {}

    /**
     * The scenario's new text and where the caret goes: on the first statement of the proc.
     * {@code appended} is false when the text already redefined the proc and only the caret moves.
     */
    public record Result(String text, int caret, boolean appended) {}

    /**
     * Appends proc {@code procName} of bundled model {@code release} to {@code scenarioText}, under a
     * comment that says where it came from; empty when that model has no such proc.
     */
    public static Optional<Result> append(String scenarioText, String release, String procName) {
        Optional<Integer> existing = declaration(scenarioText, procName);
        if (existing.isPresent()) {
            return Optional.of(new Result(scenarioText, firstStatement(scenarioText, existing.get()), false));
        }
        Optional<BundledModel> model = BundledModel.load(release);
        Optional<ProcDecl> proc = model.flatMap(m -> m.proc(procName));
        if (proc.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(scenarioText);
        if (!scenarioText.isEmpty() && !scenarioText.endsWith("\n")) {
            sb.append('\n');
        }
        sb.append("\n# Patched copy of ").append(procName).append(" from the ").append(release)
                .append(" model (lockstep show ").append(release).append(' ').append(procName)
                .append("): every call to it, in the model too, now runs this one.\n");
        int copyStart = sb.length();
        sb.append(model.get().source(proc.get()));
        String text = sb.toString();
        int procLine = declaration(text.substring(copyStart), procName).orElse(0) + copyStart;
        return Optional.of(new Result(text, firstStatement(text, procLine), true));
    }

    /** The offset of the line that declares {@code proc NAME(}, if the text has one. */
    private static Optional<Integer> declaration(String text, String procName) {
        Matcher m = Pattern.compile("(?m)^[ \\t]*proc[ \\t]+" + Pattern.quote(procName) + "[ \\t]*\\(").matcher(text);
        return m.find() ? Optional.of(m.start()) : Optional.empty();
    }

    /** Just after the body's opening brace, on the first non-blank character of what follows it. */
    private static int firstStatement(String text, int declarationLine) {
        int brace = text.indexOf('{', declarationLine);
        if (brace < 0) {
            return declarationLine;
        }
        int i = brace + 1;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
