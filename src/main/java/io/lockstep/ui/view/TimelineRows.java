package io.lockstep.ui.view;

import io.lockstep.engine.Program;
import io.lockstep.model.LockDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of the lock timeline: one lane per lock instance that appears in the run, in declaration
 * order; the instances of a per-block class ({@code device_lock[N]}) under one group header that
 * can be collapsed into a single summary lane. A group starts expanded when it has few active
 * instances, and keeps whatever the user chose once they toggle it.
 */
public final class TimelineRows {
    /** Groups with more active instances than this start collapsed. */
    public static final int EXPAND_UP_TO = 8;

    /** A row: a group header of a per-block class, or one instance's lane ({@code instance} = -1 for headers). */
    public record Row(int lockClass, int instance, String label, boolean header, boolean expanded, int members) {
        /** A collapsed header shows the union of its instances; every other row but an expanded header shows segments. */
        public boolean paintsSegments() {
            return !header || !expanded;
        }
    }

    private TimelineRows() {}

    /**
     * @param active the active lock instances, in instance order
     * @param userChoice per class name, whether the user expanded (true) or collapsed (false) it
     */
    public static List<Row> build(Program program, int[] active, Map<String, Boolean> userChoice) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < active.length) {
            int cls = program.lockClassOf(active[i]);
            int j = i;
            while (j < active.length && program.lockClassOf(active[j]) == cls) {
                j++;
            }
            String name = program.lockClassName(cls);
            LockDecl decl = program.scenario().locks().get(name);
            if (decl != null && decl.perBlock()) {
                int members = j - i;
                boolean expanded = userChoice.getOrDefault(name, members <= EXPAND_UP_TO);
                rows.add(new Row(cls, -1, name + "[ ]", true, expanded, members));
                if (expanded) {
                    for (int k = i; k < j; k++) {
                        rows.add(new Row(cls, active[k], program.lockInstanceName(active[k]), false, false, 1));
                    }
                }
            } else {
                for (int k = i; k < j; k++) {
                    rows.add(new Row(cls, active[k], program.lockInstanceName(active[k]), false, false, 1));
                }
            }
            i = j;
        }
        return rows;
    }

    /** The active instances that a (collapsed) group header stands for. */
    public static int[] members(Program program, int[] active, int lockClass) {
        return java.util.Arrays.stream(active).filter(a -> program.lockClassOf(a) == lockClass).toArray();
    }
}
