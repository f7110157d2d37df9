package io.lockstep.lang;

import io.lockstep.lang.LsmemText.Cell;
import io.lockstep.model.BlockState;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.MemoryLayout.ZoneRange;
import io.lockstep.model.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table util-linux's {@code lsmem} prints (sys-utils/lsmem.c), read as a memory layout for
 * {@code memory from lsmem "FILE"}. Cells are placed under the header's columns by where they stand,
 * not by counting, because lsmem leaves some cells blank (REMOVABLE of an offline block, NODE on a
 * machine without nodes). Every problem is reported at the cell of the lsmem file it is about.
 */
final class LsmemParser {
    static final List<String> COLUMNS = List.of("RANGE", "SIZE", "STATE", "REMOVABLE", "BLOCK", "NODE", "ZONES");
    private static final Pattern BLOCKS = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");
    private static final String BLOCK_SIZE_LINE = "Memory block size:";

    /** One table row, its cells by column name (a blank cell is absent). */
    private record Row(int line, Map<String, Cell> cells) {}

    private final String file;
    private final DiagnosticSink sink;
    private final List<Row> rows = new ArrayList<>();
    private List<Cell> header;
    private int headerLine;
    private Long blockSize;
    /** A "Memory block size:" line was read, even a broken one (reported): then nothing else decides the size. */
    private boolean blockSizeGiven;
    private Cell blockSizeCell;
    private int blockSizeLine;

    private LsmemParser(String file, DiagnosticSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /**
     * The ranges {@code text} lists, in block order, adjacent rows of one zone and state joined; problems
     * go to {@code sink} (the caller has registered the text under {@code file}). {@code at} is the
     * {@code memory} keyword of the scenario. Null when the file is not a usable lsmem table at all.
     */
    static MemoryLayout parse(String file, String text, SourcePos at, DiagnosticSink sink) {
        return new LsmemParser(file, sink).run(text, at);
    }

    private MemoryLayout run(String text, SourcePos at) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            // A copied terminal often keeps the command line ("$ lsmem -o ...") and a blank line before the summary.
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("$")) {
                continue;
            }
            if (header == null) {
                if (!header(i + 1, LsmemText.cells(line))) {
                    return null;
                }
            } else if (stripped.startsWith(BLOCK_SIZE_LINE)) {
                blockSizeLine(i + 1, line);
            } else if (stripped.startsWith("Total online memory:") || stripped.startsWith("Total offline memory:")) {
                continue; // the sums of the rows: nothing the layout needs
            } else {
                row(i + 1, LsmemText.cells(line));
            }
        }
        if (header == null) {
            error(1, 1, "this file is empty; write lsmem's output to it (lsmem > FILE)");
            return null;
        }
        if (rows.isEmpty()) {
            error(headerLine, 1, "the table lists no memory blocks");
            return null;
        }
        long size = blockSize != null ? blockSize : blockSizeGiven ? -1 : derivedBlockSize();
        if (size <= 0) {
            return null;
        }
        return new MemoryLayout(size, ranges(size), at);
    }

    private boolean header(int line, List<Cell> cells) {
        boolean known = cells.stream().anyMatch(c -> COLUMNS.contains(c.text()));
        if (!known) {
            error(line, 1, "expected the header of lsmem's table (such as RANGE SIZE STATE REMOVABLE BLOCK) here;"
                    + " save the output of lsmem or lsmem --output RANGE,SIZE,STATE,REMOVABLE,BLOCK,NODE,ZONES, without"
                    + " --noheadings, --json, --pairs or --raw");
            return false;
        }
        boolean ok = true;
        List<String> seen = new ArrayList<>();
        for (Cell c : cells) {
            if (!COLUMNS.contains(c.text())) {
                error(line, c.from(), "unknown lsmem column " + c.text() + KernelNames.suggest(c.text(), COLUMNS)
                        + "; lsmem's columns are " + String.join(", ", COLUMNS));
                ok = false;
            } else if (seen.contains(c.text())) {
                error(line, c.from(), "column " + c.text() + " appears twice in the header");
                ok = false;
            }
            seen.add(c.text());
        }
        for (String needed : List.of("BLOCK", "STATE")) {
            if (ok && !seen.contains(needed)) {
                error(line, 1, "the table has no " + needed + " column; lsmem prints it by default, or list it in"
                        + " --output");
                ok = false;
            }
        }
        header = cells;
        headerLine = line;
        return ok;
    }

    /** {@code Memory block size:   128M} (or a byte count, under --bytes). */
    private void blockSizeLine(int line, String text) {
        int start = text.indexOf(BLOCK_SIZE_LINE) + BLOCK_SIZE_LINE.length();
        List<Cell> value = LsmemText.cells(text.substring(start)).stream()
                .map(c -> new Cell(c.text(), c.from() + start, c.to() + start)).toList();
        blockSizeGiven = true;
        if (value.size() != 1) {
            error(line, start + 1, "expected one size after " + BLOCK_SIZE_LINE + ", such as 128M");
            return;
        }
        Cell c = value.get(0);
        if (blockSize != null) {
            error(line, c.from(), BLOCK_SIZE_LINE + " is given twice (line " + blockSizeLine + ")");
            return;
        }
        Long size = LsmemText.size(c);
        if (size == null) {
            error(line, c.from(), "malformed size " + c.text() + "; lsmem writes it as 128M, 2G or a byte count");
        } else if (checkBlockSize(size, line, c.from(), c.text())) {
            blockSize = size;
            blockSizeCell = c;
            blockSizeLine = line;
        }
    }

    private boolean checkBlockSize(long size, int line, int col, String text) {
        MemoryParser.BlockSizeProblem problem = MemoryParser.BlockSizeProblem.of(size);
        if (problem == MemoryParser.BlockSizeProblem.NOT_A_PAGE_MULTIPLE) {
            error(line, col, "the block size " + text + " is not a positive multiple of 4K");
            return false;
        }
        if (problem == MemoryParser.BlockSizeProblem.TOO_LARGE) {
            error(line, col, "the block size " + text + " is too large; the language allows at most 1G (so that the"
                    + " pages of every block count in a 32-bit int)");
            return false;
        }
        return true;
    }

    private void row(int line, List<Cell> cells) {
        Map<String, Cell> byColumn = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            // As many cells as columns: take them in order, however they are aligned (an edited file).
            String column = cells.size() == header.size() ? header.get(i).text() : columnUnder(c);
            if (byColumn.containsKey(column)) {
                error(line, c.from(), "cannot tell which column " + c.text() + " belongs to; keep lsmem's alignment");
                return;
            }
            byColumn.put(column, c);
        }
        rows.add(new Row(line, byColumn));
    }

    /** The header word the cell overlaps most, else the nearest one (lsmem right-aligns numbers, left-aligns words). */
    private String columnUnder(Cell c) {
        Cell best = header.get(0);
        int bestScore = Integer.MIN_VALUE;
        for (Cell h : header) {
            int overlap = Math.min(c.to(), h.to()) - Math.max(c.from(), h.from());
            if (overlap > bestScore) {
                bestScore = overlap;
                best = h;
            }
        }
        return best.text();
    }

    /** Without a summary: the bytes of a row's RANGE (exact) or SIZE over its number of blocks. */
    private long derivedBlockSize() {
        for (Row r : rows) {
            long[] blocks = blocks(r, false);
            Cell range = r.cells().get("RANGE");
            Cell size = r.cells().get("SIZE");
            if (blocks == null) {
                continue;
            }
            long count = blocks[1] - blocks[0] + 1;
            // A SIZE with a fraction (1.5G) is rounded by lsmem; only a whole one divides exactly.
            Long sized = size == null || size.text().matches(".*[.,].*") ? null : LsmemText.size(size);
            long bytes = range != null && LsmemText.RANGE.matcher(range.text()).matches() ? LsmemText.rangeBytes(range)[1]
                    : sized != null ? sized : -1;
            if (bytes < 0) {
                continue;
            }
            Cell from = range != null ? range : size;
            if (bytes % count != 0) {
                error(r.line(), from.from(), from.text() + " is not a whole number of blocks " + blocks[0] + "-" + blocks[1]);
                return -1;
            }
            return checkBlockSize(bytes / count, r.line(), from.from(), from.text() + " over " + count + " blocks") ? bytes / count : -1;
        }
        error(headerLine, 1, "cannot tell the block size: no \"" + BLOCK_SIZE_LINE + "\" line (lsmem prints it after the"
                + " table unless --summary=never) and no RANGE or SIZE of whole units");
        return -1;
    }

    private List<ZoneRange> ranges(long size) {
        List<ZoneRange> ranges = new ArrayList<>();
        Row previous = null;
        long previousLast = -1;
        for (Row r : rows) {
            long[] blocks = blocks(r, true);
            BlockState state = state(r);
            String zone = zone(r);
            boolean nodeOk = node(r);
            boolean ok = blocks != null && state != null && zone != null && nodeOk && range(r, blocks, size);
            if (blocks == null) {
                continue;
            }
            Cell block = r.cells().get("BLOCK");
            if (blocks[0] <= previousLast) {
                long[] before = blocks(previous, false);
                error(r.line(), block.from(), "blocks " + block.text() + (blocks[1] >= before[0] ? " overlap" : " come before")
                        + " blocks " + previous.cells().get("BLOCK").text() + " of line " + previous.line()
                        + "; lsmem lists each block once, in increasing order");
                continue;
            }
            previous = r;
            previousLast = blocks[1];
            if (!ok) {
                continue;
            }
            SourcePos pos = new SourcePos(file, r.line(), block.from());
            ZoneRange last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last.last() + 1 == blocks[0] && last.zone().equals(zone) && last.initial() == state) {
                // lsmem splits rows on REMOVABLE and NODE too, which the layout does not hold: one range, as by hand.
                ranges.set(ranges.size() - 1, new ZoneRange(zone, last.first(), (int) blocks[1], state, last.pos()));
            } else {
                ranges.add(new ZoneRange(zone, (int) blocks[0], (int) blocks[1], state, pos));
            }
        }
        return ranges;
    }

    /** BLOCK: {@code 12} or {@code 0-7}; null (reported when {@code report}) when malformed or beyond the limit. */
    private long[] blocks(Row r, boolean report) {
        Cell c = r.cells().get("BLOCK");
        if (c == null) {
            if (report) {
                error(r.line(), 1, "this row has no BLOCK; lsmem writes it as N or FIRST-LAST, such as 0-7");
            }
            return null;
        }
        Matcher m = BLOCKS.matcher(c.text());
        if (!m.matches() || (m.group(2) != null && Long.parseLong(m.group(2)) < Long.parseLong(m.group(1)))) {
            if (report) {
                error(r.line(), c.from(), "malformed block range " + c.text() + "; lsmem writes BLOCK as N or FIRST-LAST"
                        + " (the lower first), such as 0-7");
            }
            return null;
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2) == null ? first : Long.parseLong(m.group(2));
        if (last >= LanguageLimits.MAX_BLOCK_NUMBERS) {
            if (report) {
                error(r.line(), c.from(), "blocks " + c.text() + " are beyond the language's limit: block numbers run"
                        + " from 0 to " + (LanguageLimits.MAX_BLOCK_NUMBERS - 1) + "; keep the rows the scenario needs");
            }
            return null;
        }
        return new long[] {first, last};
    }

    /** STATE: lsmem prints {@code on->off} for a block whose offlining is under way (sysfs: going-offline). */
    private BlockState state(Row r) {
        Cell c = r.cells().get("STATE");
        String s = c == null ? "" : c.text();
        BlockState state = switch (s) {
            case "online" -> BlockState.ONLINE;
            case "offline" -> BlockState.OFFLINE;
            case "on->off", "going-offline" -> BlockState.GOING_OFFLINE;
            default -> null;
        };
        if (state == null) {
            error(r.line(), c == null ? 1 : c.from(), (c == null ? "this row has no STATE" : "unknown state " + s)
                    + "; lsmem writes online, offline or on->off");
        }
        return state;
    }

    /**
     * ZONES: the first zone listed. For an offline block the kernel's valid_zones lists the zone onlining
     * would pick first; an online block has one. {@code None} (an online block spanning zones, which the
     * kernel never offlines) and a table without ZONES (plain lsmem) mean Normal.
     */
    private String zone(Row r) {
        Cell c = r.cells().get("ZONES");
        if (c == null) {
            return "Normal";
        }
        String first = c.text().split("/", -1)[0];
        // lsmem writes the kernel's valid_zones names in any case (Highmem); None is a choice, see the comment above.
        String zone = first.equalsIgnoreCase("none") ? "Normal"
                : KernelNames.ZONES.stream().filter(z -> z.equalsIgnoreCase(first)).findFirst().orElse(null);
        if (zone == null) {
            error(r.line(), c.from(), "unknown zone " + first + KernelNames.suggest(first, KernelNames.ZONES)
                    + "; lsmem's zones are None, DMA, DMA32, Normal, Highmem, Movable and Device");
        }
        return zone;
    }

    /** NODE, when lsmem printed it: the models have one node, 0. */
    private boolean node(Row r) {
        Cell c = r.cells().get("NODE");
        if (c == null || c.text().equals("0")) {
            return true;
        }
        error(r.line(), c.from(), c.text().matches("\\d+") ? "these blocks are on node " + c.text() + "; the kernel"
                + " models have one node, 0: keep the rows of node 0" : "malformed node " + c.text());
        return false;
    }

    /** RANGE, when printed, must cover exactly the row's blocks: a check that the block size is the right one. */
    private boolean range(Row r, long[] blocks, long size) {
        Cell c = r.cells().get("RANGE");
        if (c == null || blocks == null) {
            return true;
        }
        long[] range = LsmemText.RANGE.matcher(c.text()).matches() ? LsmemText.rangeBytes(c) : null;
        if (range == null) {
            error(r.line(), c.from(), "malformed address range " + c.text() + "; lsmem writes 0xSTART-0xEND");
            return false;
        }
        if (range[0] != blocks[0] * size || range[1] != (blocks[1] - blocks[0] + 1) * size) {
            error(r.line(), c.from(), "the address range " + c.text() + " is not blocks " + r.cells().get("BLOCK").text()
                    + " of " + (size >> 10) + "K each" + (blockSizeCell != null ? " (the block size of line "
                    + blockSizeLine + ")" : ""));
            return false;
        }
        return true;
    }

    private void error(int line, int col, String message) {
        sink.error(new SourcePos(file, line, col), message);
    }
}
