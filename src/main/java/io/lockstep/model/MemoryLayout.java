package io.lockstep.model;

import java.util.List;

/**
 * The {@code memory} declaration: a block size and, in address order, zone ranges with their initial
 * block state. Every block holds {@code blockSize / 4K} pages.
 */
public record MemoryLayout(long blockSize, List<ZoneRange> ranges, SourcePos pos) {
    public static final long PAGE_SIZE = 4096;

    public MemoryLayout {
        ranges = List.copyOf(ranges);
    }

    public long pagesPerBlock() {
        return blockSize / PAGE_SIZE;
    }

    /** {@code zone NAME blocks FIRST..LAST STATE}. */
    public record ZoneRange(String zone, int first, int last, BlockState initial, SourcePos pos) {}
}
