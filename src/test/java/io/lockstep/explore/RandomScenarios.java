package io.lockstep.explore;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random small scenarios for properties that compare the explorer with another checker: the naive
 * enumeration of {@link ExplorerProperties}, and SPIN in the Promela differential test. Small
 * enough that every interleaving is explored in milliseconds.
 */
public final class RandomScenarios {
    private RandomScenarios() {}

    /** Locks (mutexes, an rwsem, a spinlock), shared vars and a block's state. */
    static final String[] STATEMENTS = {
        "lock a", "unlock a", "lock b", "unlock b", "read_lock s", "read_unlock s", "lock s", "unlock s",
        "read x -> v", "write x = 1", "write y = 2", "read y -> w", "lock g", "unlock g", "lock sp", "unlock sp",
        "set block 1 offline", "read block(1).state -> st",
    };

    /** Restarts, drains, active references, lock assertions and unchecked unlocks. */
    static final String[] SYSCALL_STATEMENTS = {
        "lock a", "unlock a", "trylock a else restart", "call entry()", "call entry()", "read_trylock k else return",
        "read_unlock k", "drain k", "activate k", "assert_held a \"a is held\"", "assert_held s read \"s for reading\"",
        "read_lock s", "read_unlock s", "write x = 1", "read x -> v", "unlock a anyway", "restart",
    };

    /** Assertions over what a thread read, branches, and trylocks with an alternative, mixed with the above. */
    static final String[] ASSERTING_STATEMENTS = {
        "read x -> v  assert v == 0 \"x is still 0\"", "read y -> w  assert w != 2 \"y was never written\"",
        "read x -> u  if u == 1 { lock b } else { write y = 2 }", "trylock a else { write x = 1 }",
        "trylock s else return", "read block(1).state -> st  assert st == online \"block 1 is online\"",
        "let q = 3  assert q == 3 \"let\"", "read_lock s", "read_unlock s", "write x = 1", "unlock a", "unlock b",
    };

    /** Readers and writers of one rwsem around a mutex: where writer preference decides deadlocks. */
    static final String[] RWSEM_STATEMENTS = {
        "read_lock s", "read_unlock s", "lock s", "unlock s", "lock a", "unlock a",
        "read_lock s  lock a  unlock a  read_unlock s", "lock a  read_lock s  read_unlock s  unlock a", "lock s  unlock s",
    };

    /** Three threads of one to three {@link #RWSEM_STATEMENTS}. */
    public static Arbitrary<String> rwsems() {
        return Arbitraries.of(RWSEM_STATEMENTS).list().ofMinSize(1).ofMaxSize(3).list().ofSize(3).map(RandomScenarios::text);
    }

    /** Two or three threads of one to four {@link #STATEMENTS}. */
    public static Arbitrary<String> locking() {
        Arbitrary<List<String>> body = Arbitraries.of(STATEMENTS).list().ofMinSize(1).ofMaxSize(4);
        return body.list().ofMinSize(2).ofMaxSize(3).map(RandomScenarios::text);
    }

    /** Two threads of one to three {@link #SYSCALL_STATEMENTS}, with a kernfs active reference and an entry point. */
    public static Arbitrary<String> syscalls() {
        Arbitrary<List<String>> body = Arbitraries.of(SYSCALL_STATEMENTS).list().ofMinSize(1).ofMaxSize(3);
        return body.list().ofSize(2).map(threads -> withEntryPoint(text(threads)));
    }

    /** Two or three threads mixing every statement list above, asserts included. */
    public static Arbitrary<String> asserting() {
        Arbitrary<String> stmt = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.of(STATEMENTS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(SYSCALL_STATEMENTS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(ASSERTING_STATEMENTS)));
        return stmt.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(2).ofMaxSize(3)
                .map(threads -> withEntryPoint(text(threads)));
    }

    /**
     * Nested critical sections, so that threads hold locks while others wait: where the explorer's
     * reduction has contended attempts to take ahead. Orders in both directions, a gate, an rwsem's
     * readers and writers, a spinlock around a sleeping lock, trylocks (one restarting), unchecked
     * unlocks and accesses under and outside the locks.
     */
    static final String[] NESTED_BLOCKS = {
        "lock a  lock b  unlock b  unlock a", "lock b  lock a  unlock a  unlock b",
        "lock g  lock a  lock b  unlock b  unlock a  unlock g", "lock g  lock b  lock a  unlock a  unlock b  unlock g",
        "read_lock s  lock a  unlock a  read_unlock s", "lock a  read_lock s  read_unlock s  unlock a",
        "lock s  write x = 1  unlock s", "read_lock s  read x -> v  read_unlock s", "lock b  lock s  unlock s  unlock b",
        "lock a  write x = 1  unlock a", "read x -> v", "write y = 2", "call entry()", "lock a  unlock a",
        "trylock b else { write x = 1 }", "lock sp  lock a  unlock a  unlock sp", "unlock a anyway", "lock b  unlock b",
    };

    /** Three or four threads of one to {@code maxBlocks} {@link #NESTED_BLOCKS}, with the entry point of {@link #syscalls}. */
    public static Arbitrary<String> nested(int minThreads, int maxThreads, int maxBlocks) {
        return Arbitraries.of(NESTED_BLOCKS).list().ofMinSize(1).ofMaxSize(maxBlocks).list().ofMinSize(minThreads)
                .ofMaxSize(maxThreads).map(threads -> withEntryPoint(text(threads)));
    }

    private static String withEntryPoint(String text) {
        return text.replace("var x = 0", """
                var x = 0
                lock k : active_ref lockdep "kn->count"
                proc entry() { read_trylock k else return  trylock a else restart  write y = 1  unlock a  read_unlock k }
                """);
    }

    static String text(List<List<String>> threads) {
        StringBuilder sb = new StringBuilder("""
                lock a : mutex
                lock b : mutex
                lock g : mutex
                lock s : rwsem
                lock sp : spinlock
                var x = 0
                var y = 0
                """);
        for (int t = 0; t < threads.size(); t++) {
            sb.append("thread \"t").append(t).append("\" { ").append(String.join("  ", threads.get(t))).append(" }\n");
        }
        sb.append("expect no deadlock\n");
        return sb.toString();
    }
}
