package io.lockstep.cli;

import java.util.List;

/**
 * The generated benchmark family of performance.md: one {@code mem_hotplug_lock}, one device lock
 * per block, a present-pages counter updated with a two-step read-modify-write; half the threads
 * take mem_hotplug_lock then the device lock, half the reverse (so the family has an ABBA deadlock,
 * as the reference model does). Unrolled: one statement is one step.
 */
final class BenchFamily {
    private BenchFamily() {}

    /**
     * The actors of the scalable family, in the order they are added: hot-adds through the probe
     * file, the online and state attributes, a reader of the online memory (kmemleak's scan) and an
     * offline. The first {@code n} of them on the bundled v4.18 model make the family's row n; all
     * six are the "model your own patch" case (samples/bench/v418-six-actors.lks).
     */
    static final List<String> ACTORS = List.of(
            "thread \"probe 6\" { call probe_store(6) }",
            "thread \"probe 7\" { call probe_store(7) }",
            "thread \"online attr\" { call online_store(4, 1) }",
            "thread \"state attr\" { call state_store(5, online) }",
            "thread \"kmemleak\" { call online_mems_reader(4) }",
            "thread \"offline\" { call state_store(8, offline) }");

    /** The scenario of the actor family with the first {@code n} actors (1 to 6), no expect lines. */
    static String actors(int n) {
        if (n < 1 || n > ACTORS.size()) {
            throw new IllegalArgumentException("the actor family has 1 to " + ACTORS.size() + " actors, not " + n);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("scenario \"probe: ").append(n == ACTORS.size() ? "six actors" : n + (n == 1 ? " actor" : " actors"))
                .append(" on v4.18\"\n");
        sb.append("""
                use "v4.18"
                memory { block_size 128M
                         zone Normal  blocks 0..3 online
                         zone Movable blocks 4..5 offline
                         zone Movable blocks 6..7 absent
                         zone Movable blocks 8 online }
                """);
        for (String actor : ACTORS.subList(0, n)) {
            sb.append(actor).append('\n');
        }
        return sb.toString();
    }

    static String scenario(int threads, int blocks) {
        StringBuilder sb = new StringBuilder();
        sb.append("scenario \"bench: ").append(threads).append(" threads x ").append(blocks).append(" blocks\"\n");
        sb.append("memory { block_size 128M  zone Normal blocks 0..").append(blocks - 1).append(" online }\n");
        sb.append("lock mem_hotplug_lock : mutex\n");
        sb.append("lock device_lock[] : mutex novalidate\n");
        sb.append("var present_pages = 0\n");
        for (int t = 0; t < threads; t++) {
            boolean hotplugFirst = t % 2 == 0;
            sb.append("thread \"").append(hotplugFirst ? "add" : "online").append(t / 2).append("\" {\n");
            for (int b = 0; b < blocks; b++) {
                String first = hotplugFirst ? "mem_hotplug_lock" : "device_lock[" + b + "]";
                String second = hotplugFirst ? "device_lock[" + b + "]" : "mem_hotplug_lock";
                sb.append("  lock ").append(first).append("  lock ").append(second)
                        .append("  read present_pages -> p  write present_pages = p + 1")
                        .append("  unlock ").append(second).append("  unlock ").append(first).append('\n');
            }
            sb.append("}\n");
        }
        sb.append("expect deadlock\n");
        return sb.toString();
    }

    /** The same model in Promela, for SPIN: a lock is a bit taken atomically when it is 0. */
    static String promela(int threads, int blocks) {
        StringBuilder sb = new StringBuilder();
        sb.append("bit mh;\nbit dl[").append(blocks).append("];\nint present;\n");
        for (int kind = 0; kind < 2; kind++) {
            sb.append("proctype P").append(kind).append("() {\n  int p;\n");
            for (int b = 0; b < blocks; b++) {
                String first = kind == 0 ? "mh" : "dl[" + b + "]";
                String second = kind == 0 ? "dl[" + b + "]" : "mh";
                sb.append("  atomic { ").append(first).append(" == 0 -> ").append(first).append(" = 1 };\n");
                sb.append("  atomic { ").append(second).append(" == 0 -> ").append(second).append(" = 1 };\n");
                // p is dead after the write: clear it in the same step, as Lockstep's liveness does,
                // so both checkers explore the same states rather than every stale value of p.
                sb.append("  p = present;\n  d_step { present = p + 1; p = 0 };\n");
                sb.append("  ").append(second).append(" = 0;\n  ").append(first).append(" = 0;\n");
            }
            sb.append("}\n");
        }
        sb.append("init {\n  atomic {\n");
        for (int t = 0; t < threads; t++) {
            sb.append("    run P").append(t % 2).append("();\n");
        }
        sb.append("  }\n}\n");
        return sb.toString();
    }
}
