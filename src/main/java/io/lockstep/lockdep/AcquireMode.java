package io.lockstep.lockdep;

import io.lockstep.lockdep.LockdepReport.Frame;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * In which mode a stack or a lock line's "at:" took a lock: lockdep prints only the class, so the
 * mode is read from the function that took it. The lock primitives say it for every class
 * ({@code down_read}, {@code percpu_down_write}); the hotplug wrappers say it for their own class
 * only ({@code mem_hotplug_begin} reads {@code cpu_hotplug_lock} and writes {@code mem_hotplug_lock}).
 */
enum AcquireMode {
    READ, WRITE, UNKNOWN;

    // lockdep's own frames above the primitive: the acquisition is below them.
    private static final Pattern LOCKDEP = Pattern.compile("_*lock_acquire.*|check_.*|validate_chain.*|_*lockdep_.*"
            + "|print_.*|save_trace.*|add_chain_cache.*|mark_lock.*|lock_acquired|lock_contended|_*bfs.*|stack_trace_.*"
            + "|dump_stack.*");
    private static final Pattern READ_PRIMITIVE = Pattern.compile("_*(?:percpu_)?down_read.*|_*rwsem_down_read.*"
            + "|_*(?:raw_)?read_lock.*|lock_map_acquire_read|_*rwsem_acquire_read|rcu_read_lock.*");
    private static final Pattern WRITE_PRIMITIVE = Pattern.compile("_*(?:percpu_)?down_write.*|_*rwsem_down_write.*"
            + "|_*(?:raw_)?write_lock.*|_*mutex_lock.*|mutex_lock_nested|_*(?:raw_)?spin_lock.*|lock_map_acquire");

    /** Wrappers that take one class in one mode: model lock, then function to mode. */
    private static final Map<String, Map<String, AcquireMode>> WRAPPERS = Map.of(
            "cpu_hotplug_lock", Map.of("cpus_read_lock", READ, "get_online_cpus", READ, "mem_hotplug_begin", READ,
                    "stop_machine", READ, "cpus_write_lock", WRITE, "cpu_hotplug_begin", WRITE, "_cpu_down", WRITE,
                    "_cpu_up", WRITE, "cpu_up", WRITE),
            "mem_hotplug_lock", Map.of("get_online_mems", READ, "mem_hotplug_begin", WRITE),
            "kn_active", Map.of("kernfs_get_active", READ, "kernfs_fop_write", READ, "kernfs_fop_write_iter", READ,
                    "kernfs_seq_start", READ, "kernfs_fop_read", READ, "kernfs_fop_read_iter", READ,
                    "kernfs_drain", WRITE, "__kernfs_remove", WRITE, "kernfs_remove_by_name_ns", WRITE));

    /**
     * Where the kernel holds a per-cpu rwsem for writing: the few paths that do. A stack that took
     * another lock while holding one of these classes, and runs through none of them, held it for
     * reading (every other holder is a reader: get_online_cpus(), get_online_mems()).
     */
    private static final Map<String, Set<String>> WRITE_HOLDERS = Map.of(
            "mem_hotplug_lock", Set.of("mem_hotplug_begin", "add_memory", "__add_memory", "add_memory_resource",
                    "add_memory_driver_managed", "remove_memory", "__remove_memory", "try_remove_memory",
                    "offline_and_remove_memory", "online_pages", "offline_pages", "__offline_pages", "__add_pages",
                    "__remove_pages", "arch_add_memory", "arch_remove_memory", "memtrace_free_node"),
            "cpu_hotplug_lock", Set.of("cpus_write_lock", "cpu_hotplug_begin", "_cpu_up", "_cpu_down", "cpu_up",
                    "cpu_down", "cpu_device_up", "cpu_device_down", "freeze_secondary_cpus", "bringup_nonboot_cpus"));

    /**
     * The mode {@code lock} was held in while the stack {@code frames} took another lock, when no lock
     * line says it: WRITE when the stack runs through a path that writes it, READ when it runs through
     * none (for the classes whose writers are known), UNKNOWN otherwise.
     */
    static AcquireMode heldAlong(List<Frame> frames, String lock) {
        Set<String> writers = lock == null ? null : WRITE_HOLDERS.get(lock);
        if (writers == null || frames.isEmpty()) {
            return UNKNOWN;
        }
        return frames.stream().map(f -> function(f.function())).anyMatch(writers::contains) ? WRITE : READ;
    }

    /** Frames a mode comes from: a primitive, or a wrapper of the class, at the top of the stack. */
    private static final Set<String> NOT_A_CALLER = Set.of("lock_acquire", "__lock_acquire");

    /** The mode of the acquisition {@code frames} records (innermost frame first) of the model lock {@code lock}. */
    static AcquireMode ofStack(List<Frame> frames, String lock) {
        int looked = 0;
        for (Frame f : frames) {
            String fn = function(f.function());
            if (LOCKDEP.matcher(fn).matches() || NOT_A_CALLER.contains(fn)) {
                continue;
            }
            AcquireMode m = ofFunction(fn, lock);
            if (m != UNKNOWN || ++looked == 2) {
                return m; // the primitive, or its caller (a wrapper), says it; deeper callers do not
            }
        }
        return UNKNOWN;
    }

    /** The mode a lock line's "at: where" shows, for model lock {@code lock} (null when unmapped). */
    static AcquireMode ofAt(String where, String lock) {
        Frame f = where == null ? null : ClassText.frame(where);
        return f == null ? UNKNOWN : ofFunction(function(f.function()), lock);
    }

    private static AcquireMode ofFunction(String fn, String lock) {
        if (READ_PRIMITIVE.matcher(fn).matches()) {
            return READ;
        }
        if (WRITE_PRIMITIVE.matcher(fn).matches()) {
            return WRITE;
        }
        Map<String, AcquireMode> wrappers = lock == null ? null : WRAPPERS.get(lock);
        return wrappers == null ? UNKNOWN : wrappers.getOrDefault(fn, UNKNOWN);
    }

    /** A frame's function as the source names it: without a compiler suffix ({@code .isra.0}, {@code .constprop.3}, {@code .cold}). */
    static String function(String fn) {
        int dot = fn.indexOf('.');
        return dot > 0 ? fn.substring(0, dot) : fn;
    }
}
