package io.lockstep.ui.vm;

import io.lockstep.event.Event;
import io.lockstep.event.RuleChecked;
import io.lockstep.trace.Trace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented locking rules of a release, for the Rules window: the four the series wrote into
 * memory-hotplug.rst ("Locking Internals", patch 6/6, dee6da22efac) for v4.20 and later, and for
 * v4.0 and v4.18 what that release's own code comments claimed (the facts sheet's A.6, B.3, B.6),
 * with v4.20's rules, which the window checks against every release. A rule is matched to the
 * models' {@code assert_held ... rule} checks by the words of their messages.
 */
public final class LockingRules {
    /** One rule: what it says, where it is written, and the words of the rule checks that test it (none: not checked). */
    public record Rule(String text, String source, List<String> checkWords) {
        boolean tests(String message) {
            return message != null && checkWords.stream().anyMatch(message::contains);
        }
    }

    /** How the shown step stands with a rule. */
    public enum Standing { FOLLOWED, BROKEN }

    private static final List<Rule> DOCUMENTED = List.of(
            new Rule("Hold device_hotplug_lock when adding or removing memory that has memory block devices, to"
                    + " synchronise with online/offline requests from sysfs and with CPU hotplug.",
                    "memory-hotplug.rst, Locking Internals (v4.20 on)",
                    List.of("device_hotplug_lock when adding", "device_hotplug_lock when removing")),
            new Rule("Online and offline memory through device_online() / device_offline(), under"
                    + " device_hotplug_lock (it also protects online_type).",
                    "memory-hotplug.rst, Locking Internals; drivers/base/core.c: \"Call under device_hotplug_lock\"",
                    List.of("device_online():", "device_offline():")),
            new Rule("Always hold mem_hotplug_lock in write mode while adding, removing, onlining or offlining memory.",
                    "memory-hotplug.rst, Locking Internals (v4.20 on)", List.of("mem_hotplug_lock in write mode")),
            new Rule("Readers that cannot tolerate a changing memory layout hold mem_hotplug_lock in read mode"
                    + " (get_online_mems()).", "memory-hotplug.rst, Locking Internals (v4.20 on)", List.of()));

    private static final List<Rule> V4_0_COMMENTS = List.of(
            new Rule("remove_memory(): \"The caller must call lock_device_hotplug()\" (a comment; nothing checks it).",
                    "mm/memory_hotplug.c, above remove_memory (v3.19/v4.0)", List.of("device_hotplug_lock when removing")),
            new Rule("device_online() / device_offline(): \"Call under device_hotplug_lock\".",
                    "drivers/base/core.c", List.of("device_online():", "device_offline():")));

    private static final List<Rule> V4_18_COMMENTS = List.of(
            new Rule("remove_memory(): \"The caller must call lock_device_hotplug()\" (a comment; nothing checks it).",
                    "mm/memory_hotplug.c, above remove_memory (v4.18)", List.of("device_hotplug_lock when removing")),
            new Rule("online_pages(): the caller holds mem_hotplug_lock or a device_lock - which are not"
                    + " interchangeable (R1 of the facts sheet); not checked as such.",
                    "mm/memory_hotplug.c, online_pages (v4.18)", List.of()),
            new Rule("device_online() / device_offline(): \"Call under device_hotplug_lock\".",
                    "drivers/base/core.c", List.of("device_online():", "device_offline():")));

    private LockingRules() {}

    /** What release {@code release} wrote down, then (before v4.20) the rules v4.20 documented, which the window checks. */
    public static Map<String, List<Rule>> of(String release) {
        Map<String, List<Rule>> out = new LinkedHashMap<>();
        if ("v4.0".equals(release)) {
            out.put("What v4.0's code comments claim", V4_0_COMMENTS);
        } else if ("v4.18".equals(release)) {
            out.put("What v4.18's code comments claim", V4_18_COMMENTS);
        }
        boolean documented = "v4.20".equals(release) || "v6.14".equals(release);
        out.put(documented ? "The rules " + release + " documents" : "The rules v4.20 documents (checked here too)",
                DOCUMENTED);
        return out;
    }

    /** How step {@code step} of {@code trace} stands with {@code rule}: broken if any check of it failed there. */
    public static Standing standing(Trace trace, int step, Rule rule) {
        Standing[] found = {null};
        if (step < 0 || step > trace.size()) {
            return null;
        }
        java.util.function.Consumer<Event> look = e -> {
            if (e instanceof RuleChecked c && c.step() == step && rule.tests(c.rule())) {
                found[0] = !c.held() ? Standing.BROKEN : found[0] == null ? Standing.FOLLOWED : found[0];
            }
        };
        if (step == 0) {
            trace.initialEvents().forEach(look);
        } else {
            trace.step(step).events().forEach(look);
        }
        return found[0];
    }
}
