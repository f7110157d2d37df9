package io.lockstep.lang;

import io.lockstep.model.MemoryLayout;
import io.lockstep.model.SourcePos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A saved lsmem table turned into the {@code memory { ... }} block it stands for, for
 * {@code lockstep import-lsmem}: the same reading as {@code memory from lsmem}, so that a user can
 * see (or paste and edit) exactly the layout a scenario would get.
 */
public final class LsmemFiles {
    private LsmemFiles() {}

    /** The memory block, or null with the problems (positioned in the lsmem file) when it cannot be read. */
    public record Imported(String memoryBlock, List<Diagnostic> diagnostics) {}

    public static Imported read(Path file) {
        DiagnosticSink sink = new DiagnosticSink();
        String name = file.toString();
        String text;
        try {
            text = SourceFiles.read(file);
        } catch (IOException e) {
            return new Imported(null, List.of(Diagnostic.ofCommandLine(name, "cannot read it: " + e.getMessage())));
        }
        sink.addSource(name, text);
        MemoryLayout layout = LsmemParser.parse(name, text, new SourcePos(name, 1, 1), sink);
        if (layout == null || sink.hasErrors()) {
            return new Imported(null, sink.sorted());
        }
        return new Imported(memoryBlock(layout), sink.sorted());
    }

    /** As a person would write it: one zone range a line, the zone names aligned. */
    static String memoryBlock(MemoryLayout layout) {
        StringBuilder sb = new StringBuilder("memory { block_size ").append(size(layout.blockSize()));
        int width = layout.ranges().stream().mapToInt(r -> r.zone().length()).max().orElse(0);
        for (MemoryLayout.ZoneRange r : layout.ranges()) {
            sb.append("\n         zone ").append(r.zone()).append(" ".repeat(width - r.zone().length() + 1))
                    .append("blocks ").append(r.first() == r.last() ? r.first() + "" : r.first() + ".." + r.last())
                    .append(' ').append(r.initial().keyword());
        }
        return sb.append(" }\n").toString();
    }

    private static String size(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + "G";
        }
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + "M" : (bytes >> 10) + "K";
    }
}
