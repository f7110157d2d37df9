package io.lockstep.lockdep;

import io.lockstep.lockdep.ClassMapper.Mapping;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import tells its user, as lines of text: the report, how each class was named, what stayed
 * unmapped, the writers added, the suggested entry points and the expect lines; the window adds every
 * link's stack, which the command line leaves in the scenario's notes and the report itself.
 */
public final class ImportSummary {
    private ImportSummary() {}

    /** The summary of a successful {@code imported}; {@code stacks}: with each link's stack as the report printed it. */
    public static List<String> lines(LockdepImport.Result imported, boolean stacks) {
        LockdepReport r = imported.report();
        List<String> out = new ArrayList<>();
        out.add("report: " + r.kind().title + (r.task() != null ? " (" + r.task() + ")" : "")
                + (r.kernel() != null ? ", kernel " + r.kernel().replaceAll("\\s+", " ") : "") + ", " + r.dependencies().size() + " dependenc"
                + (r.dependencies().size() == 1 ? "y" : "ies"));
        int width = imported.mappings().stream().mapToInt(m -> m.lockdepClass().length()).max().orElse(0);
        out.add("classes:");
        for (Mapping m : imported.mappings()) {
            out.add("  " + m.lockdepClass() + " ".repeat(width - m.lockdepClass().length()) + "  -> " + m.lock()
                    + (m.mapped() ? "" : "   (unmapped)"));
        }
        out.add(imported.unmapped().isEmpty() ? "unmapped: none" : "unmapped (declared as plain locks of the scenario): "
                + String.join(", ", imported.unmapped().stream().map(Mapping::lockdepClass).toList()));
        if (!imported.writers().isEmpty()) {
            out.add("writer threads added (the chain only reads them): " + String.join(", ", imported.writers()));
        }
        out.add(imported.suggestions().map(EntryPoints.Suggestions::line)
                .orElse("suggested entry points: none (no bundled model declares every mapped class, or no stack matches)"));
        for (String e : imported.expects()) {
            int hash = e.indexOf("    # ");
            out.add(hash < 0 ? e : e.substring(0, hash) + "   (" + e.substring(hash + 6) + ")");
        }
        if (stacks) {
            for (LockdepReport.Dependency d : r.dependencies()) {
                out.add("");
                out.add(d.origin() + ": " + d.outer() + " held, then " + d.inner() + " taken"
                        + (d.outerAt() != null ? " (" + d.outer() + " taken at " + d.outerAt() + ")" : ""));
                if (d.frames().isEmpty()) {
                    out.add("    (the report shows no stack for it)");
                }
                d.frames().forEach(f -> out.add("    " + f.text()));
            }
        }
        return out;
    }
}
