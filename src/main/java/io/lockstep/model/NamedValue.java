package io.lockstep.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names an expression may use as constants: the block states, and the two actions of a
 * memory block's {@code state} file that choose a zone ({@code echo online_kernel} /
 * {@code echo online_movable}), so a model's {@code state_store(b, action)} can tell them apart.
 */
public final class NamedValue {
    /** The state file's actions beyond online and offline; their values follow the block states'. */
    public static final int ONLINE_KERNEL = BlockState.values().length;
    public static final int ONLINE_MOVABLE = ONLINE_KERNEL + 1;

    private NamedValue() {}

    public static Optional<Integer> of(String name) {
        if (name.equals("online_kernel")) {
            return Optional.of(ONLINE_KERNEL);
        }
        if (name.equals("online_movable")) {
            return Optional.of(ONLINE_MOVABLE);
        }
        return BlockState.fromKeyword(name).map(BlockState::code);
    }

    /** Every such name, block states first. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (BlockState s : BlockState.values()) {
            out.add(s.keyword());
        }
        out.add("online_kernel");
        out.add("online_movable");
        return out;
    }
}
