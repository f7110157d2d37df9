package io.lockstep.ui.bench;

/**
 * The scenario the UI benchmark plays: a machine of many memory blocks in three zones, hotplug
 * threads that add, online and offline their own blocks in one lock order (v4.20's: so a random
 * schedule never deadlocks and runs as long as asked), and get_online_mems() readers that stack up
 * on mem_hotplug_lock. It is text in the ordinary language, so the run comes from the real engine.
 */
public final class BenchScenario {
    // The three block operations, written out in the thread body rather than as procs: every call of
    // a proc gets fresh local slots, and thousands of calls would make each thread's state huge.
    private static final String ADD = """
              lock device_hotplug_lock  lock mem_hotplug_lock  lock device_lock[B]
              set block B offline
              unlock device_lock[B]  unlock mem_hotplug_lock  unlock device_hotplug_lock
            """;
    private static final String ONLINE = """
              lock device_hotplug_lock  lock device_lock[B]  read_lock cpu_hotplug_lock  lock mem_hotplug_lock
              read zone_of(B).present_pages -> zp  write zone_of(B).present_pages = zp + pages(B)
              set block B online
              unlock mem_hotplug_lock  read_unlock cpu_hotplug_lock  unlock device_lock[B]  unlock device_hotplug_lock
            """;
    private static final String OFFLINE = """
              lock device_hotplug_lock  lock device_lock[B]  read_lock cpu_hotplug_lock  lock mem_hotplug_lock
              set block B going_offline
              read zone_of(B).present_pages -> zp  write zone_of(B).present_pages = zp - pages(B)
              set block B offline
              unlock mem_hotplug_lock  read_unlock cpu_hotplug_lock  unlock device_lock[B]  unlock device_hotplug_lock
            """;

    private BenchScenario() {}

    /**
     * @param blocks number of memory blocks (a quarter each DMA32 and Normal online, a quarter of
     *               Movable offline, a quarter of Movable absent)
     * @param hotplugThreads threads that change block states; thread t owns blocks b with b % n == t
     * @param readers threads that read present_pages under mem_hotplug_lock(R)
     * @param opsPerThread block operations each hotplug thread performs (about 12 steps each)
     */
    public static String text(int blocks, int hotplugThreads, int readers, int opsPerThread) {
        int q = blocks / 4;
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("scenario \"UI benchmark: ").append(blocks).append(" blocks, ").append(hotplugThreads)
                .append(" hotplug threads, ").append(readers).append(" readers\"\n");
        sb.append("memory { block_size 128M\n")
                .append("  zone DMA32   blocks 0..").append(q - 1).append(" online\n")
                .append("  zone Normal  blocks ").append(q).append("..").append(2 * q - 1).append(" online\n")
                .append("  zone Movable blocks ").append(2 * q).append("..").append(3 * q - 1).append(" offline\n")
                .append("  zone Movable blocks ").append(3 * q).append("..").append(blocks - 1).append(" absent }\n");
        sb.append("""
                lock device_hotplug_lock : mutex
                lock cpu_hotplug_lock : percpu_rwsem
                lock mem_hotplug_lock : percpu_rwsem
                lock device_lock[] : mutex novalidate
                """);
        for (int t = 0; t < hotplugThreads; t++) {
            sb.append("thread \"hotplug").append(t).append("\" {\n");
            appendHotplugOps(sb, t, hotplugThreads, blocks, opsPerThread);
            sb.append("}\n");
        }
        for (int r = 0; r < readers; r++) {
            sb.append("thread \"reader").append(r).append("\" {\n");
            for (int k = 0; k < opsPerThread * 4; k++) {
                // get_online_mems(): readers of mem_hotplug_lock stack up in its timeline lane.
                sb.append("  read_lock mem_hotplug_lock  read zone_of(").append((k * 7 + r * 1031) % blocks)
                        .append(").present_pages -> p  read_unlock mem_hotplug_lock\n");
            }
            sb.append("}\n");
        }
        return sb.toString();
    }

    /**
     * Walks the thread's own blocks and gives each one the operation that is legal in its state:
     * online blocks go offline, offline ones online, absent ones are added first. Each thread keeps
     * its own bookkeeping, which is right because no other thread touches its blocks.
     */
    private static void appendHotplugOps(StringBuilder sb, int t, int threads, int blocks, int ops) {
        int q = blocks / 4;
        int[] state = new int[blocks]; // 0 absent, 1 offline, 2 online
        for (int b = 0; b < blocks; b++) {
            state[b] = b < 2 * q ? 2 : b < 3 * q ? 1 : 0;
        }
        int owned = (blocks - t + threads - 1) / threads;
        for (int k = 0; k < ops; k++) {
            // A stride coprime with the number of owned blocks spreads the changes over the whole map.
            int b = t + threads * (int) ((k * 97L) % owned);
            String op = state[b] == 2 ? OFFLINE : state[b] == 1 ? ONLINE : ADD;
            state[b] = state[b] == 2 ? 1 : state[b] + 1;
            sb.append(op.replace("B", Integer.toString(b)));
        }
    }
}
