package io.lockstep.lockdep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names lockdep's lock classes as the bundled kernel models name their locks, so that an imported
 * scenario reads like the samples: {@code mem_hotplug_lock.rw_sem} is the models' {@code
 * mem_hotplug_lock}, {@code kn->count#79} their {@code kn_active}. A class no model declares keeps a
 * name made from its own, and is reported as unmapped.
 */
public final class ClassMapper {
    /** A class as lockdep printed it, the scenario lock it became, and whether a model declares that lock. */
    public record Mapping(String lockdepClass, String lock, boolean mapped) {}

    // Keyed by the class without its "#N" name version and "/N" subclass; the keys are the names each
    // release's lockdep prints (a percpu_rwsem was ".rw_sem" until v5.x gave it a map of its own).
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        for (String c : List.of("mem_hotplug_lock.rw_sem", "mem_hotplug_lock", "mem_hotplug.lock", "mem_hotplug.rwsem")) {
            KNOWN.put(c, "mem_hotplug_lock");
        }
        for (String c : List.of("cpu_hotplug_lock.rw_sem", "cpu_hotplug_lock", "cpu_hotplug.lock", "cpu_hotplug.dep_map")) {
            KNOWN.put(c, "cpu_hotplug_lock");
        }
        KNOWN.put("&dev->mutex", "device_lock");
        for (String c : List.of("kn->count", "kn->active", "s_active")) {
            KNOWN.put(c, "kn_active");
        }
        KNOWN.put("device_hotplug_lock", "device_hotplug_lock");
        KNOWN.put("mem_sysfs_mutex", "mem_sysfs_mutex");
        KNOWN.put("kernfs_mutex", "kernfs_mutex");
        KNOWN.put("&root->kernfs_rwsem", "kernfs_rwsem");
        KNOWN.put("acpi_scan_lock", "acpi_scan_lock");
        KNOWN.put("&adev->physical_node_lock", "physical_node_lock");
        KNOWN.put("&device->physical_node_lock", "physical_node_lock"); // acpi_device's mutex_init() before v4.x renamed it
        KNOWN.put("balloon_mutex", "balloon_mutex");
        for (String c : List.of("pgdat_resize_lock", "&pgdat->node_size_lock", "&(&pgdat->node_size_lock)->rlock")) {
            KNOWN.put(c, "pgdat_resize_lock");
        }
        for (String c : List.of("zone_span_seqlock", "&zone->span_seqlock", "&(&zone->span_seqlock)->seqcount",
                "&zone->span_seqlock#2")) {
            KNOWN.put(c, "zone_span_seqlock");
        }
        for (String c : List.of("managed_page_count_lock", "&(managed_page_count_lock)->rlock")) {
            KNOWN.put(c, "managed_page_count_lock");
        }
        KNOWN.put("slab_mutex", "slab_mutex");
        KNOWN.put("cpu_add_remove_lock", "cpu_add_remove_lock");
    }

    private static final Pattern VERSION = Pattern.compile("(?:#\\d+)?(?:/\\d+)?$");

    // Words the language reads by position; a lock named after one would read badly, so it gets a prefix.
    private static final Set<String> AWKWARD = Set.of("lock", "unlock", "read_lock", "read_unlock", "trylock",
            "read_trylock", "drain", "activate", "read", "write", "set", "call", "note", "let", "if", "else", "return",
            "restart", "assert", "assert_held", "thread", "proc", "var", "use", "init", "expect", "scenario", "memory",
            "online", "offline", "absent", "going_offline", "not", "and", "or", "switch", "anyway", "describe", "block");

    // "lock NAME : KIND" or "lock NAME[] : KIND" of a bundled model.
    private static final Pattern DECLARED = Pattern.compile("(?m)^lock (\\w+)(?:\\[\\])? *: *(\\w+)");

    /** Each model lock's kind as the newest bundled model declares it (v4.0's mem_hotplug_lock is a plain rwsem). */
    private static final Map<String, String> KINDS = new java.util.HashMap<>();

    static {
        for (String release : io.lockstep.lang.Releases.BUNDLED) {
            io.lockstep.lang.Releases.text(release).ifPresent(text -> {
                java.util.regex.Matcher m = DECLARED.matcher(text);
                while (m.find()) {
                    KINDS.put(m.group(1), m.group(2));
                }
            });
        }
    }

    private ClassMapper() {}

    /** The kind ({@code mutex}, {@code percpu_rwsem}, {@code active_ref}, ...) the models declare {@code modelLock} with, or null. */
    static String kindOf(String modelLock) {
        return modelLock == null ? null : KINDS.get(modelLock);
    }

    /** The releases whose model declares {@code modelLock}, oldest first. */
    static List<String> releasesDeclaring(String modelLock) {
        List<String> out = new ArrayList<>();
        for (String release : io.lockstep.lang.Releases.BUNDLED) {
            String text = io.lockstep.lang.Releases.text(release).orElse("");
            if (Pattern.compile("(?m)^lock " + Pattern.quote(modelLock) + "(?:\\[\\])? *:").matcher(text).find()) {
                out.add(release);
            }
        }
        return out;
    }

    /** The models' lock for {@code lockdepClass}, or null when no model declares one. */
    public static String modelLock(String lockdepClass) {
        String base = VERSION.matcher(lockdepClass.trim()).replaceFirst("");
        return KNOWN.get(base);
    }

    /** Every lock name the mapper can produce (a test checks each is declared by a bundled model). */
    public static Set<String> modelLocks() {
        return Set.copyOf(KNOWN.values());
    }

    /**
     * Maps {@code classes} (distinct, in order) to distinct scenario lock names. Two classes that map to
     * the same model lock ({@code kn->count#79} and {@code kn->count#80} are two classes to lockdep) keep
     * apart as {@code kn_active} and {@code kn_active_2}, or the cycle would fold into one lock.
     */
    public static List<Mapping> map(List<String> classes) {
        List<Mapping> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String c : classes) {
            String model = modelLock(c);
            String base = model != null ? model : identifier(c);
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "_" + n;
            }
            out.add(new Mapping(c, name, model != null));
        }
        return List.copyOf(out);
    }

    /** A scenario identifier from a class name: {@code &sb->s_type->i_mutex_key#3} is {@code sb_s_type_i_mutex_key_3}. */
    static String identifier(String lockdepClass) {
        String id = lockdepClass.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "").replaceAll("_+", "_");
        if (id.length() > 60) {
            id = id.substring(0, 60);
        }
        if (id.isEmpty() || Character.isDigit(id.charAt(0)) || AWKWARD.contains(id)) {
            id = "class_" + id;
        }
        return id;
    }
}
