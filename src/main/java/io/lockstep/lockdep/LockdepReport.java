package io.lockstep.lockdep;

import java.util.ArrayList;
import java.util.List;

/**
 * What a lockdep report says, as read by {@link ReportParser}. Class names are kept as lockdep printed
 * them ({@code kn->count#79}, {@code &dev->mutex}); {@link ClassMapper} names them for a scenario.
 *
 * <p>Lockdep prints the chain in reverse order (kernel/locking/lockdep.c: print_circular_bug): link
 * {@code #N} is the class the task already holds, link {@code #0} the one it is trying to acquire.
 * Link {@code #i} (i > 0) records where class {@code #i} was taken while {@code #(i-1)} was held;
 * link {@code #0}'s stack is the current acquisition, made while holding {@code #N}. {@code tableRead}
 * says, per row of the unsafe-scenario {@code table}, whether it reads {@code rlock(...)}.
 */
public record LockdepReport(Kind kind, String kernel, String task, String acquiring, String acquiringAt,
        String holding, String holdingAt, List<Link> links, List<String> chainExists, List<String> table, List<Boolean> tableRead, List<HeldLock> held, int headerLine) {

    public enum Kind {
        CIRCULAR("possible circular locking dependency detected"),
        RECURSIVE("possible recursive locking detected");

        public final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    /** {@code -> #number (lockClass){usage}:} and the stack lines under it, at report line {@code line}. */
    public record Link(int number, String lockClass, List<Frame> frames, int line) {}

    /** One stack line: the function it names and the frame as printed ({@code online_pages+0x1a/0x30}). */
    public record Frame(String function, String text) {}

    /** {@code #index: (lockClass){usage}, at: where} of the held-locks list. */
    public record HeldLock(int index, String lockClass, String at) {}

    /**
     * A lock-order dependency the report shows: {@code outer} held, then {@code inner} taken, with the
     * stack that recorded it (empty when the report was cut short), where it came from, and where the
     * outer lock was taken when the report says so (its "at:"), or null.
     */
    public record Dependency(String outer, String inner, List<Frame> frames, String origin, String outerAt) {}

    public LockdepReport {
        links = List.copyOf(links);
        chainExists = List.copyOf(chainExists);
        table = List.copyOf(table);
        tableRead = List.copyOf(tableRead);
        held = List.copyOf(held);
    }

    /**
     * The dependencies of the cycle, in lockdep's order (link #N first). From the links when the report
     * has them; otherwise from the header's two locks and "Chain exists of:", which is all a report cut
     * short still says; otherwise from the unsafe-scenario table. Empty when none of these is there.
     */
    public List<Dependency> dependencies() {
        if (kind == Kind.RECURSIVE) {
            String c = acquiring != null ? acquiring : holding != null ? holding : table.isEmpty() ? null : table.get(0);
            return c == null ? List.of() : List.of(new Dependency(c, c, at(acquiringAt), "the recursive acquisition", holdingAt));
        }
        List<Dependency> deps = new ArrayList<>();
        if (links.size() >= 2) {
            int n = links.size();
            for (int i = 0; i < n; i++) {
                Link link = links.get(i);
                // links.get(i) is #(n-1-i); its outer class is the next link printed, #0's is #N's.
                String outer = i == n - 1 ? links.get(0).lockClass() : links.get(i + 1).lockClass();
                deps.add(new Dependency(outer, link.lockClass(), link.frames(), "link #" + link.number(),
                        i == n - 1 ? holdingAt : null));
            }
            return deps;
        }
        String next = acquiring;
        String prev = holding;
        if ((next == null || prev == null) && table.size() >= 4) {
            // CPU0 lock(held); CPU1 lock(parent); CPU1 lock(held); CPU0 lock(acquiring).
            prev = table.get(0);
            next = table.get(3);
        }
        if (next == null || prev == null || next.equals(prev)) {
            return List.of();
        }
        List<String> classes = new ArrayList<>(List.of(next));
        if (chainExists.size() >= 3 && chainExists.get(0).equals(next) && chainExists.get(chainExists.size() - 1).equals(prev)) {
            classes.addAll(chainExists.subList(1, chainExists.size() - 1));
        }
        classes.add(prev);
        for (int i = 0; i + 1 < classes.size(); i++) {
            deps.add(new Dependency(classes.get(i), classes.get(i + 1), List.of(), "chain (no stack)", null));
        }
        List<Frame> current = links.size() == 1 && links.get(0).number() == 0 ? links.get(0).frames() : at(acquiringAt);
        deps.add(0, new Dependency(prev, next, current, "reported acquisition", holdingAt));
        return deps;
    }

    /** The frame of a lock line's "at: func+0x1a/0x30", as a one-frame stack. */
    private static List<Frame> at(String where) {
        Frame f = where == null ? null : ClassText.frame(where);
        return f == null ? List.of() : List.of(f);
    }
}
