package io.lockstep.lang;

import io.lockstep.lang.Token.Type;
import io.lockstep.model.BlockState;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code memory { block_size SIZE  zone NAME blocks A..B STATE ... }}. The layout's own rules (a sane
 * block size, known zone names, each block in one range) are checked here, where the tokens are.
 */
final class MemoryParser {
    static final long DEFAULT_BLOCK_SIZE = 128L << 20;
    /**
     * A scenario models a handful of blocks; 4,096 block numbers are what the window's benchmark
     * draws, and every block costs state words in every explored state.
     */
    static final int MAX_BLOCK = 4095;
    /** 1G: the pages of 4,096 such blocks (and of any zone or node of them) still fit a 32-bit int. */
    static final long MAX_BLOCK_SIZE = 1L << 30;

    /** What is wrong with a block size, for the memory block and an lsmem table alike (each words its message). */
    enum BlockSizeProblem {
        NOT_A_PAGE_MULTIPLE, TOO_LARGE;

        /** Null when {@code size} is a positive multiple of 4K of at most 1G (so a block's pages fit an int). */
        static BlockSizeProblem of(long size) {
            if (size <= 0 || size % MemoryLayout.PAGE_SIZE != 0) {
                return NOT_A_PAGE_MULTIPLE;
            }
            return size > MAX_BLOCK_SIZE ? TOO_LARGE : null;
        }
    }

    private final TokenCursor in;

    MemoryParser(TokenCursor in) {
        this.in = in;
    }

    /** Parses after the {@code memory} keyword, whose position is {@code at}. */
    MemoryLayout parse(SourcePos at) {
        in.expect(Type.LBRACE, "'{' after memory");
        Long blockSize = null;
        List<MemoryLayout.ZoneRange> ranges = new ArrayList<>();
        while (!in.accept(Type.RBRACE)) {
            Token t = in.peek();
            if (t.isWord("block_size")) {
                in.next();
                Token size = in.expect(Type.INT, "a size after block_size, such as 128M");
                if (blockSize != null) {
                    in.sink.error(in.pos(t), "block_size is given twice in this memory layout");
                } else if (BlockSizeProblem.of(size.value()) == BlockSizeProblem.NOT_A_PAGE_MULTIPLE) {
                    in.sink.error(in.pos(size), "block_size must be a positive multiple of 4K, such as 128M");
                } else if (BlockSizeProblem.of(size.value()) == BlockSizeProblem.TOO_LARGE) {
                    in.sink.error(in.pos(size), "block_size " + size.text() + " is too large; at most 1G (so that the"
                            + " pages of every block count in a 32-bit int)");
                }
                blockSize = size.value();
            } else if (t.isWord("zone")) {
                MemoryLayout.ZoneRange range = range();
                if (range != null && !overlaps(range, ranges)) {
                    ranges.add(range);
                }
            } else {
                throw in.fail("expected block_size, zone or '}' in memory, found " + t.describe());
            }
        }
        return new MemoryLayout(blockSize == null ? DEFAULT_BLOCK_SIZE : blockSize, ranges, at);
    }

    /**
     * {@code from lsmem "FILE"}, then optionally {@code { zone NAME blocks A..B absent ... }}: the blocks
     * lsmem cannot list because they are not hot-added yet. The file is read by the resolver.
     */
    FileDecls.LsmemImport parseFrom(SourcePos at) {
        in.expectWord("from", "'from'");
        in.expectWord("lsmem", "'lsmem' after memory from (memory from lsmem \"lsmem.txt\")");
        Token file = in.expect(Type.STRING, "the lsmem output's file in double quotes, such as \"lsmem.txt\"");
        List<MemoryLayout.ZoneRange> absent = new ArrayList<>();
        if (in.accept(Type.LBRACE)) {
            while (!in.accept(Type.RBRACE)) {
                Token t = in.peek();
                if (!t.isWord("zone")) {
                    throw in.fail("expected zone NAME blocks A..B absent or '}' after memory from lsmem, found "
                            + t.describe() + (t.isWord("block_size") ? " (the block size comes from the lsmem file)" : ""));
                }
                MemoryLayout.ZoneRange range = range();
                if (range != null && range.initial() != BlockState.ABSENT) {
                    in.sink.error(range.pos(), "lsmem gives the state of the blocks it lists; add only absent blocks"
                            + " (not hot-added yet) here");
                } else if (range != null && !overlaps(range, absent)) {
                    absent.add(range);
                }
            }
        }
        return new FileDecls.LsmemImport(file.text(), in.pos(file), absent, at);
    }

    /** {@code zone NAME blocks A..B STATE}; null when a reported problem makes the range unusable. */
    private MemoryLayout.ZoneRange range() {
        SourcePos at = in.pos(in.next());
        Token zone = in.expectIdent("the name of a zone, such as Normal or Movable");
        in.expectWord("blocks", "'blocks' and a range such as 0..7 after zone " + zone.text());
        Token first = in.expect(Type.INT, "the first block number");
        Token last = first;
        if (in.accept(Type.DOTDOT)) {
            last = in.expect(Type.INT, "the last block number after '..'");
        }
        Token stateToken = in.peek();
        BlockState state = stateToken.is(Type.IDENT) ? BlockState.fromKeyword(stateToken.text()).orElse(null) : null;
        if (state == null) {
            throw in.fail("expected the initial state of the blocks (online, offline or absent), found "
                    + stateToken.describe());
        }
        in.next();
        boolean usable = true;
        if (!KernelNames.ZONES.contains(zone.text())) {
            in.sink.error(in.pos(zone), "unknown zone " + zone.text() + KernelNames.suggest(zone.text(), KernelNames.ZONES)
                    + "; the zones are " + String.join(", ", KernelNames.ZONES));
            usable = false;
        }
        for (Token n : List.of(first, last)) {
            if (n.value() < 0 || n.value() > MAX_BLOCK) {
                in.sink.error(in.pos(n), "block number " + n.value() + " is out of range; use 0.." + MAX_BLOCK
                        + " (at most " + (MAX_BLOCK + 1) + " block numbers)");
                usable = false;
            }
        }
        if (usable && first.value() > last.value()) {
            in.sink.error(in.pos(first), "the range " + first.value() + ".." + last.value()
                    + " is backwards; write the lower block number first");
            usable = false;
        }
        return usable ? new MemoryLayout.ZoneRange(zone.text(), (int) first.value(), (int) last.value(), state, at) : null;
    }

    static boolean overlapping(MemoryLayout.ZoneRange a, MemoryLayout.ZoneRange b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }

    private boolean overlaps(MemoryLayout.ZoneRange range, List<MemoryLayout.ZoneRange> earlier) {
        for (MemoryLayout.ZoneRange e : earlier) {
            if (overlapping(range, e)) {
                int block = Math.max(range.first(), e.first());
                in.sink.error(range.pos(), "block " + block + " is already in zone " + e.zone() + " (line "
                        + e.pos().line() + "); each block belongs to one range");
                return true;
            }
        }
        return false;
    }
}
