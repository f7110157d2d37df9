package io.lockstep.ui.view;

import io.lockstep.model.LockDecl;
import java.util.Map;

/**
 * What each lock class of the bundled models is and protects, one or two lines for a node's
 * tooltip. Taken from the lock inventory of the facts sheet (docs/kernel-hotplug-locking.md,
 * section 1) and the comments on the models' lock declarations; a class a scenario declares itself
 * gets only what its declaration says.
 */
final class LockFacts {
    private static final Map<String, String> PROTECTS = Map.ofEntries(
            Map.entry("device_hotplug_lock", "drivers/base/core.c, lock_device_hotplug(). Serialises device "
                    + "hotplug: online/offline of memory blocks, add/remove_memory (from v4.20 on); sysfs takes it "
                    + "with a trylock and restarts the write()."),
            Map.entry("cpu_hotplug_lock", "kernel/cpu.c. CPU hotplug; mem_hotplug_begin() takes it for reading "
                    + "(cpus_read_lock), always outside mem_hotplug_lock."),
            Map.entry("mem_hotplug_lock", "mm/memory_hotplug.c. Writers (mem_hotplug_begin): adding, removing, "
                    + "onlining and offlining memory; readers (get_online_mems): whoever needs the memory layout to "
                    + "stay put. Not recursive."),
            Map.entry("device_lock", "dev->mutex of one memory block's device: its online/offline state "
                    + "(dev->offline) and the bus callbacks. lockdep never validates it (novalidate)."),
            Map.entry("mem_sysfs_mutex", "drivers/base/memory.c. Held while memory-block devices are created or "
                    + "removed."),
            Map.entry("kernfs_mutex", "fs/kernfs/dir.c. The sysfs tree: a file is created and looked up under it "
                    + "(here so that \"the file exists\" is ordered as in the kernel)."),
            Map.entry("kn_active", "kernfs active reference of memoryN/state and /online (lockdep \"kn->count\"): "
                    + "held while a sysfs write runs; removing the file drains it."),
            Map.entry("acpi_scan_lock", "drivers/acpi/scan.c. ACPI device scan and hotplug; taken after "
                    + "device_hotplug_lock."),
            Map.entry("physical_node_lock", "acpi_device->physical_node_lock: held around device_online/offline of "
                    + "the memory blocks bound to an ACPI device."),
            Map.entry("balloon_mutex", "drivers/xen/balloon.c. The Xen balloon; xen_online_page takes it inside "
                    + "online_pages."),
            Map.entry("pgdat_resize_lock", "pgdat->node_size_lock (spinlock, irqsave): node_start_pfn, "
                    + "node_present_pages, node_spanned_pages; nests above the zone span lock."),
            Map.entry("zone_span_seqlock", "zone->span_seqlock, writer side: zone_start_pfn and spanned_pages."),
            Map.entry("managed_page_count_lock", "mm/page_alloc.c. zone->managed_pages, totalram_pages and "
                    + "totalhigh_pages (atomics without a lock in v6.14)."),
            Map.entry("zonelists_mutex", "v3.19/v4.0 only: held around build_all_zonelists and the present_pages "
                    + "update in online_pages."),
            Map.entry("slab_mutex", "mm/slab_common.c: the slab caches (slub's memory notifier)."));

    private LockFacts() {}

    /** "mutex, one per memory block, lockdep novalidate" and, when known, what it protects. */
    static String describe(String lockClass, LockDecl decl) {
        StringBuilder sb = new StringBuilder(lockClass);
        if (decl != null) {
            sb.append(": ").append(decl.kind().keyword().replace('_', ' '));
            sb.append(decl.perBlock() ? ", one per memory block" : ", one global lock");
            if (decl.novalidate()) {
                sb.append(", lockdep novalidate (lockdep cannot see cycles through it)");
            }
            if (decl.lockdepName() != null) {
                sb.append(", lockdep calls it \"").append(decl.lockdepName()).append('"');
            }
        }
        String protects = PROTECTS.get(lockClass);
        if (protects != null) {
            sb.append('\n').append(protects);
        }
        return sb.toString();
    }
}
