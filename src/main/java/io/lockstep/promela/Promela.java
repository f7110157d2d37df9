package io.lockstep.promela;

import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A compiled scenario as a Promela model that SPIN verifies with the engine's semantics: written
 * from the {@link Program} the explorer runs, one SPIN step per engine step (see {@link ThreadCode}),
 * so the two explore the same interleavings of the same states by construction.
 *
 * <p>What pan reports means what Lockstep reports: an assertion violation is a failed
 * {@code assert} or {@code assert_held}; an invalid end state is a deadlock as the explorer defines
 * it. Every unfinished thread blocked is SPIN's own end-state check. A wait-for cycle while other
 * threads can still run (they may restart forever, never reaching an end state) is found by the
 * {@code watch} process, which then stops every thread and rests at a non-end state, so pan reports
 * that one as an invalid end state too. A runtime error of the scenario (an unknown block number,
 * an unlock of a lock not held) drops that execution in the engine; here the thread sets
 * {@code faulted}, which stops the others, and loops, so it is never an end state.
 *
 * <p>The output is deterministic: the same program gives the same bytes.
 */
public final class Promela {
    private Promela() {}

    /**
     * A construct the model cannot express, such as a number outside Promela's 32-bit int; the
     * message is one line, {@code FILE:LINE:COL: what}, naming the statement.
     */
    public static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** Whether the message already starts with the statement's position. */
        final boolean positioned;

        Unsupported(String message) {
            this(message, false);
        }

        Unsupported(String message, boolean positioned) {
            super(message);
            this.positioned = positioned;
        }
    }

    /** The model; {@code header} lines become the opening comment. */
    public static String model(Program p, List<String> header) {
        Names n = new Names(p);
        StringBuilder sb = new StringBuilder("/*\n");
        for (String h : header) {
            sb.append(" * ").append(comment(h)).append('\n');
        }
        sb.append("""
                 *
                 * Verify (pan stops at its first error, so each verdict is its own run):
                 *   spin -a FILE.pml && gcc -O2 -DSAFETY -DNOREDUCE -DVECTORSZ=65536 -o pan pan.c
                 *   ./pan -A -m1000000   deadlocks: "invalid end state" (assertions ignored)
                 *   ./pan -E -m1000000   assertions: "assertion violated" (end states ignored)
                 */
                """);
        int threads = p.threadCount();
        sb.append("#define N ").append(threads).append('\n');
        sb.append("#define GO (ready == N && !halted && !faulted)\n");
        sb.append("/* the threads waiting to take lock instance i exclusively (a writer or a drain), as a bit set */\n");
        sb.append("#define WWAIT(i) (").append(join(threads, " | ",
                u -> "((ts[" + u + "] == 1 && wt[" + u + "] == (i) && !wsh[" + u + "]) -> " + (1 << u) + " : 0)"))
                .append(")\n");
        sb.append("""
                /* whether thread t may take i now (not recursive; rwsems prefer writers; a drain deactivates) */
                #define AVAIL(i, sh, t) (lw[i] == 0 && ((sh) == 0 -> lr[i] == 0 : \\
                    (ld[i] == 0 && (lr[i] & (1 << (t))) == 0 && WWAIT(i) == 0)))
                #define BLOCKED(t) (ts[t] == 1 && !AVAIL(wt[t], wsh[t], t))
                #define ENABLED(t) (ts[t] == 0 || ts[t] == 2 || (ts[t] == 1 && AVAIL(wt[t], wsh[t], t)))
                /* the threads a blocked thread waits for: the holders, and for a reader the waiting writers too */
                #define BLOCKERS(t) ((lw[wt[t]] > 0 -> (1 << (lw[wt[t]] - 1)) : 0) | \\
                    (wsh[t] == 0 -> lr[wt[t]] : ((lr[wt[t]] & (1 << (t))) | WWAIT(wt[t]))))

                byte ts[N];       /* thread status: 0 running, 1 waiting for a lock, 2 asleep before a restart, 3 done */
                short wt[N] = -1; /* the lock instance a waiting thread waits for */
                bit wsh[N];       /* whether it waits to share it (read_lock) */
                byte ready;       /* threads that have run their leading local statements */
                bit halted;       /* watch found a wait-for cycle */
                bit faulted;      /* a runtime error of the scenario ended this execution */
                """);
        int locks = Math.max(1, n.instances);
        sb.append("/* lock instances:");
        for (int i = 0; i < n.instances; i++) {
            sb.append(i % 6 == 0 ? "\n *  " : "  ").append(i).append(' ').append(comment(n.instanceName(i)));
        }
        sb.append(" */\n");
        sb.append("byte lw[").append(locks).append("];  /* the exclusive holder + 1, or 0 */\n");
        sb.append("int lr[").append(locks).append("];   /* the readers, one bit per thread */\n");
        sb.append("bit ld[").append(locks).append("];   /* an active reference deactivated by a drain */\n");
        declarePlaces(sb, p, n);
        for (int t = 0; t < threads; t++) {
            sb.append('\n').append(new ThreadCode(p, n, t).write());
        }
        sb.append('\n').append(watch(threads));
        sb.append("\ninit {\n  atomic {\n");
        initialValues(sb, p, n);
        for (int t = 0; t < threads; t++) {
            sb.append("    run T").append(t).append("();\n");
        }
        sb.append("    run watch()\n  }\n}\n");
        return sb.toString();
    }

    private static String join(int count, String sep, java.util.function.IntFunction<String> part) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(part.apply(i));
        }
        return parts.isEmpty() ? "0" : String.join(sep, parts);
    }

    /**
     * The wait-for cycle check, the explorer's: peel off blocked threads none of whose blockers is
     * still in the set; what stays is on a cycle. It runs only while some thread can move (else the
     * end-state check decides), and changes nothing unless it finds a cycle, so its step leads back to
     * the same state and adds none.
     */
    private static String watch(int threads) {
        return "proctype watch() {\n  byte t; int rem, chg;\nend_watch:\n  do\n  :: halted -> break\n"
                + "  :: d_step { GO && (" + join(threads, " || ", t -> "ENABLED(" + t + ")") + ") && ("
                + join(threads, " || ", t -> "BLOCKED(" + t + ")") + ") ->\n"
                + """
                       rem = 0; t = 0;
                       do :: t < N -> if :: BLOCKED(t) -> rem = rem | (1 << t) :: else fi; t++ :: else -> break od;
                       chg = 1;
                       do
                       :: chg -> chg = 0; t = 0;
                          do
                          :: t < N -> if :: (rem & (1 << t)) != 0 && (BLOCKERS(t) & rem) == 0 -> rem = rem & ~(1 << t); chg = 1
                                      :: else fi; t++
                          :: else -> break
                          od
                       :: else -> break
                       od;
                       if :: rem != 0 -> halted = 1 :: else fi;
                       t = 0; rem = 0; chg = 0 }
                  od;
                  false /* a deadlock: stuck at a non-end state, so pan reports an invalid end state */
                }
                """;
    }

    private static void declarePlaces(StringBuilder sb, Program p, Names n) {
        for (int v = 0; v < p.scenario().vars().size(); v++) {
            if (n.places.contains(Place.Kind.VAR)) {
                sb.append("int v_").append(n.varName(v)).append(";\n");
            }
        }
        int blocks = Math.max(1, p.blockNumberCount());
        for (String[] field : blockFields(n)) {
            sb.append("int ").append(field[0]).append('[').append(blocks).append("];\n");
        }
        if (n.needsZones()) {
            sb.append("/* zones: ").append(String.join(" ", numbered(p.zoneNames()))).append(" */\n");
            sb.append("int zone_present[").append(p.zoneNames().size()).append("];\n");
            sb.append("int zone_spanned[").append(p.zoneNames().size()).append("];\n");
        }
        if (n.places.contains(Place.Kind.NODE_PRESENT)) {
            sb.append("int node_present_pages;\n");
        }
        if (n.places.contains(Place.Kind.TOTALRAM)) {
            sb.append("int totalram_pages;\n");
        }
    }

    private static List<String> numbered(List<String> names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(i + " " + names.get(i));
        }
        return out;
    }

    /** The per-block arrays the code uses: name and the place kind that needs it. */
    private static List<String[]> blockFields(Names n) {
        List<String[]> out = new ArrayList<>();
        if (n.setsBlockState || n.places.contains(Place.Kind.BLOCK_STATE)) {
            out.add(new String[] {"block_state"});
        }
        if (n.needsBlockZone()) {
            out.add(new String[] {"block_zone"});
        }
        if (n.places.contains(Place.Kind.BLOCK_ONLINE_TYPE)) {
            out.add(new String[] {"block_online_type"});
        }
        if (n.places.contains(Place.Kind.BLOCK_SYSFS)) {
            out.add(new String[] {"block_sysfs"});
        }
        if (n.places.contains(Place.Kind.BLOCK_DEV_OFFLINE)) {
            out.add(new String[] {"block_dev_offline"});
        }
        if (n.places.contains(Place.Kind.BLOCK_NID)) {
            out.add(new String[] {"block_nid"});
        }
        return out;
    }

    /** The memory layout's blocks and zones and the vars' initial values (zeros are Promela's default). */
    private static void initialValues(StringBuilder sb, Program p, Names n) {
        MachineState s = new Engine(p).layoutOnlyState();
        if (n.places.contains(Place.Kind.VAR)) {
            for (int v = 0; v < p.scenario().vars().size(); v++) {
                assign(sb, "v_" + n.varName(v), s.var(v));
            }
        }
        for (String[] field : blockFields(n)) {
            IntUnaryOperator value = switch (field[0]) {
                case "block_state" -> b -> s.blockState(b).code();
                case "block_zone" -> s::blockZone;
                case "block_online_type" -> s::blockOnlineType;
                case "block_sysfs" -> s::blockSysfs;
                case "block_dev_offline" -> s::blockDevOffline;
                default -> s::blockNid;
            };
            for (int b = 0; b < p.blockNumberCount(); b++) {
                if (p.isBlockDefined(b)) {
                    assign(sb, field[0] + "[" + b + "]", value.applyAsInt(b));
                }
            }
        }
        if (n.needsZones()) {
            for (int z = 0; z < p.zoneNames().size(); z++) {
                assign(sb, "zone_present[" + z + "]", s.zonePresentPages(z));
                assign(sb, "zone_spanned[" + z + "]", s.zoneSpannedPages(z));
            }
        }
        if (n.places.contains(Place.Kind.NODE_PRESENT)) {
            assign(sb, "node_present_pages", s.nodePresentPages());
        }
        if (n.places.contains(Place.Kind.TOTALRAM)) {
            assign(sb, "totalram_pages", s.totalramPages());
        }
    }

    private static void assign(StringBuilder sb, String target, int value) {
        if (value != 0) {
            sb.append("    ").append(target).append(" = ").append(value).append(";\n");
        }
    }

    /** Text safe inside a Promela comment. */
    static String comment(String s) {
        return s == null ? "" : s.replace("*/", "* /").replace("/*", "/ *").replace('\n', ' ');
    }
}
