package io.lockstep.model;

import java.util.Locale;
import java.util.Optional;

/** The state of one memory block, as {@code /sys/devices/system/memory/memoryN/state} would show it. */
public enum BlockState {
    ABSENT, OFFLINE, GOING_OFFLINE, ONLINE;

    /** values() clones its array on every call; the window asks for thousands of states a frame. */
    private static final BlockState[] BY_CODE = values();

    /** The name used in scenarios: {@code absent}, {@code offline}, {@code going_offline}, {@code online}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value a block-state name has in an expression (its ordinal). */
    public int code() {
        return ordinal();
    }

    public static Optional<BlockState> fromKeyword(String word) {
        for (BlockState s : values()) {
            if (s.keyword().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static BlockState fromCode(int code) {
        return BY_CODE[code];
    }
}
