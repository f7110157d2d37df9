package io.lockstep.model;

/**
 * A shared place that a {@code read} or {@code write} step touches. {@code name} is the var or
 * zone name where the kind has one; {@code block} the block expression where it has one.
 */
public record Place(Kind kind, String name, Expr block, SourcePos pos) {

    public enum Kind {
        VAR, ZONE_PRESENT, ZONE_SPANNED, ZONE_OF_PRESENT, ZONE_OF_SPANNED, BLOCK_STATE, BLOCK_ONLINE_TYPE,
        BLOCK_SYSFS, BLOCK_DEV_OFFLINE, BLOCK_NID, NODE_PRESENT, TOTALRAM
    }

    /** How the place is written in a scenario, with the block expression shown as {@code e}. */
    public String describe() {
        return switch (kind) {
            case VAR -> name;
            case ZONE_PRESENT -> "zone(" + name + ").present_pages";
            case ZONE_SPANNED -> "zone(" + name + ").spanned_pages";
            case ZONE_OF_PRESENT -> "zone_of(" + ExprText.of(block) + ").present_pages";
            case ZONE_OF_SPANNED -> "zone_of(" + ExprText.of(block) + ").spanned_pages";
            case BLOCK_STATE -> "block(" + ExprText.of(block) + ").state";
            case BLOCK_ONLINE_TYPE -> "block(" + ExprText.of(block) + ").online_type";
            case BLOCK_SYSFS -> "block(" + ExprText.of(block) + ").sysfs";
            case BLOCK_DEV_OFFLINE -> "block(" + ExprText.of(block) + ").dev_offline";
            case BLOCK_NID -> "block(" + ExprText.of(block) + ").nid";
            case NODE_PRESENT -> "node_present_pages";
            case TOTALRAM -> "totalram_pages";
        };
    }
}
