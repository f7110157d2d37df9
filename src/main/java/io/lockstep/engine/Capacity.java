package io.lockstep.engine;

import io.lockstep.model.InlinedSize;
import io.lockstep.model.LimitProblem;
import io.lockstep.model.LockDecl;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.Scenario;
import io.lockstep.model.ThreadSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the engine can hold, checked on a valid scenario before it is compiled, so that a scenario
 * past a limit is an error at its declaration rather than a crash in the compiler or the explorer:
 * threads (the state layout packs reader threads in a bit set), lock declarations (the lock-order
 * graph is classes x classes), lock instances and the width of a state (every explored state
 * copies, hashes and stores every word). Pass {@code Capacity::check} to the scenario loader.
 */
public final class Capacity {
    private Capacity() {}

    /** Threads of one scenario: the lock words hold reader threads as a bit set. */
    public static final int MAX_THREADS = StateLayout.MAX_THREADS;
    /** Lock declarations, kernel model included: the lock-order graph and its cycle search are classes x classes. */
    public static final int MAX_LOCK_DECLS = 256;
    /** Lock instances: a single lock is one, a lock array one per block number. */
    public static final int MAX_LOCK_INSTANCES = 16_384;
    /** Words of a state before the lock-order graph (threads and locals, locks, vars, blocks, zones). */
    public static final int MAX_STATE_WORDS = 65_536;

    public static List<LimitProblem> check(Scenario scenario) {
        List<LimitProblem> problems = new ArrayList<>();
        List<ThreadSpec> threads = scenario.threads();
        if (threads.size() > MAX_THREADS) {
            problems.add(new LimitProblem(threads.get(MAX_THREADS).pos(), "thread \"" + threads.get(MAX_THREADS).label()
                    + "\" is thread number " + (MAX_THREADS + 1) + " of " + threads.size() + "; a scenario may have at most "
                    + MAX_THREADS + " threads"));
        }
        int blockNumbers = blockNumbers(scenario.memory());
        long instances = 0;
        int decls = 0;
        boolean instancesReported = false;
        for (LockDecl d : scenario.locks().values()) {
            if (++decls == MAX_LOCK_DECLS + 1) {
                problems.add(new LimitProblem(d.pos(), "lock " + d.name() + " is lock declaration number " + decls
                        + " (kernel model included); at most " + MAX_LOCK_DECLS + " are allowed"));
            }
            instances += d.perBlock() ? blockNumbers : 1;
            if (instances > MAX_LOCK_INSTANCES && !instancesReported) {
                instancesReported = true;
                problems.add(new LimitProblem(d.pos(), "lock " + d.name() + (d.perBlock() ? "[] (one per block number, "
                        + blockNumbers + " here)" : "") + " brings the lock instances to " + count(instances)
                        + "; at most " + count(MAX_LOCK_INSTANCES) + " are allowed"));
            }
        }
        long words = stateWords(scenario, instances, blockNumbers);
        if (words > MAX_STATE_WORDS && problems.isEmpty()) {
            problems.add(new LimitProblem(scenario.memory().pos(), "a state of this scenario would have " + count(words)
                    + " words (threads and their locals, " + count(instances) + " lock instances, vars, 3 per block"
                    + " number for " + blockNumbers + " block numbers); at most " + count(MAX_STATE_WORDS)
                    + " are allowed: use fewer blocks, lock arrays or threads"));
        }
        return problems;
    }

    /** The words {@link StateLayout} lays out for this scenario, without lock-order edges. */
    private static long stateWords(Scenario scenario, long instances, int blockNumbers) {
        InlinedSize sizes = new InlinedSize(scenario.procs());
        long words = 0;
        for (ThreadSpec t : scenario.threads()) {
            words = Math.min(InlinedSize.HUGE, words + 2 + sizes.ofThread(t.body()).slots());
        }
        Set<String> zones = new HashSet<>();
        scenario.memory().ranges().forEach(r -> zones.add(r.zone()));
        return words + instances + scenario.vars().size() + 3L * blockNumbers + 2L * zones.size() + 3;
    }

    /** Block numbers 0 to the highest one in the layout: what the compiler allocates per block. */
    private static int blockNumbers(MemoryLayout memory) {
        int max = -1;
        for (MemoryLayout.ZoneRange r : memory.ranges()) {
            max = Math.max(max, r.last());
        }
        return max + 1;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
