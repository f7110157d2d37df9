package io.lockstep.ui.vm;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.event.StepTaken;
import java.util.List;

/**
 * The narration line for one step: who did what ({@code headline}) and why it matters
 * ({@code detail}): a finding reported at that step, else the scenario's {@code note} for it, else
 * the kernel function the step ran in. Before the first step it is the scenario's description.
 * {@code why} is the {@code why} of the proc the stepping thread is in (what the kernel does there,
 * and which rule or commit governs it), or "" when that proc has none or the step is in a thread body.
 */
public record NarrationText(String headline, String detail, Tone tone, String why) {

    public NarrationText(String headline, String detail, Tone tone) {
        this(headline, detail, tone, "");
    }

    /**
     * Where the detail came from, which the narration line shows in its colour. A guarded inversion
     * has a tone of its own: it is a finding, but one whose gate keeps it from deadlocking.
     */
    public enum Tone { DESCRIPTION, NOTE, FUNCTION, FINDING, GUARDED }

    public static NarrationText at(RunIndex index, int step) {
        return at(index, step, "");
    }

    /**
     * {@code modelNote} goes before the description at step 0: "Written for v4.0; this run is under
     * v4.20." when the window runs the scenario under another model than the one it describes.
     */
    public static NarrationText at(RunIndex index, int step, String modelNote) {
        Program program = index.trace().program();
        List<Finding> found = index.findingsAt(step);
        if (step == 0) {
            if (!found.isEmpty()) {
                return new NarrationText("Before the first step", findingsText(found), findingTone(found));
            }
            String description = program.scenario().description();
            String title = program.scenario().title();
            return new NarrationText(title == null ? "Before the first step" : title, modelNote
                    + (description == null ? "Press Space to take the first step." : description), Tone.DESCRIPTION);
        }
        StepTaken st = index.stepTaken(step);
        String who = st == null ? "" : "\"" + program.threadLabel(st.thread()) + "\"";
        String what = st == null ? "" : st.statement();
        String headline = "Step " + step + " · " + who + " · " + what;
        String why = st == null ? "" : whyOf(program, st.stack());
        if (!found.isEmpty()) {
            return new NarrationText(headline, findingsText(found), findingTone(found), why);
        }
        String note = index.noteFor(step);
        if (note != null) {
            return new NarrationText(headline, note, Tone.NOTE, why);
        }
        String at = st == null ? null : st.at();
        return new NarrationText(headline, at == null ? "" : "in " + at, Tone.FUNCTION, why);
    }

    /**
     * The why of the innermost frame of {@code stack} ("online_pages(b=4) @ mm/memory_hotplug.c:online_pages"):
     * the proc the step ran in, as the scenario resolved it (a redefinition's own why, if any).
     */
    static String whyOf(Program program, List<String> stack) {
        if (stack == null || stack.isEmpty()) {
            return "";
        }
        String frame = stack.get(0);
        int end = frame.indexOf('(');
        int at = frame.indexOf(" @ ");
        String name = frame.substring(0, end >= 0 && (at < 0 || end < at) ? end : at >= 0 ? at : frame.length()).strip();
        io.lockstep.model.ProcDecl proc = program.scenario().procs().get(name);
        return proc == null || proc.why() == null ? "" : proc.why();
    }

    /** What stops a run first: a runtime error, then a deadlock, a violation, a race, an inversion. */
    private static final List<Finding.Kind> SEVERITY = List.of(Finding.Kind.RUNTIME_ERROR, Finding.Kind.DEADLOCK,
            Finding.Kind.VIOLATION, Finding.Kind.RACE, Finding.Kind.INVERSION, Finding.Kind.GUARDED_INVERSION);

    /** The most severe finding of a step in full, and how many others of which kinds: "(also: 2 races)". */
    static String findingsText(List<Finding> found) {
        List<Finding> sorted = bySeverity(found);
        StringBuilder text = new StringBuilder(sorted.get(0).summary());
        java.util.Map<Finding.Kind, Long> others = sorted.subList(1, sorted.size()).stream().collect(
                java.util.stream.Collectors.groupingBy(Finding::kind, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.counting()));
        if (!others.isEmpty()) {
            text.append("  (also: ").append(String.join(", ", others.entrySet().stream()
                    .map(e -> e.getValue() == 1 ? e.getKey().words : e.getValue() + " " + e.getKey().words + "s")
                    .toList())).append(')');
        }
        return text.toString();
    }

    private static Tone findingTone(List<Finding> found) {
        return bySeverity(found).get(0).kind() == Finding.Kind.GUARDED_INVERSION ? Tone.GUARDED : Tone.FINDING;
    }

    private static List<Finding> bySeverity(List<Finding> found) {
        return found.stream().sorted(java.util.Comparator.comparingInt(f -> SEVERITY.indexOf(f.kind()))).toList();
    }
}
