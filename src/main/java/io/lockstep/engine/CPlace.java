package io.lockstep.engine;

import io.lockstep.model.Place;

/**
 * A compiled shared place: which word of the state it is. Places that depend on a block number
 * ({@code block(e).state}, {@code zone_of(e).present_pages}) are resolved when the step runs.
 */
public final class CPlace {
    final Place.Kind kind;
    /** The fixed state offset, for places that do not depend on a block. */
    final int fixedOffset;
    final CExpr block;
    final String source;

    CPlace(Place.Kind kind, int fixedOffset, CExpr block, String source) {
        this.kind = kind;
        this.fixedOffset = fixedOffset;
        this.block = block;
        this.source = source;
    }

    /** The state offset this place denotes now, for the thread whose locals start at {@code locals}. */
    int offset(Program p, int[] s, int locals) {
        StateLayout l = p.layout();
        return switch (kind) {
            case VAR, ZONE_PRESENT, ZONE_SPANNED, NODE_PRESENT, TOTALRAM -> fixedOffset;
            case BLOCK_STATE -> l.blockState(p.checkBlock(block.eval(s, locals)));
            case BLOCK_ONLINE_TYPE -> l.blockOnlineType(p.checkBlock(block.eval(s, locals)));
            case BLOCK_SYSFS -> l.blockSysfs(p.checkBlock(block.eval(s, locals)));
            case BLOCK_DEV_OFFLINE -> l.blockDevOffline(p.checkBlock(block.eval(s, locals)));
            case BLOCK_NID -> l.blockNid(p.checkBlock(block.eval(s, locals)));
            case ZONE_OF_PRESENT -> l.zonePresent(s[l.blockZone(p.checkBlock(block.eval(s, locals)))]);
            case ZONE_OF_SPANNED -> l.zoneSpanned(s[l.blockZone(p.checkBlock(block.eval(s, locals)))]);
        };
    }

    public Place.Kind kind() {
        return kind;
    }

    /** The block number expression of a per-block place ({@code block(e).state}), or null. */
    public CExpr block() {
        return block;
    }

    /** For a {@code var} place: the var's number, in declaration order. */
    public int varIndex(Program p) {
        return fixedOffset - p.layout().var(0);
    }

    /** For a fixed zone place ({@code zone(Z).present_pages}): the zone's number. */
    public int zoneIndex(Program p) {
        return (fixedOffset - p.layout().zonePresent(0)) / 2;
    }

    void usedSlots(java.util.BitSet used) {
        if (block != null) {
            block.usedSlots(used);
        }
    }
}
