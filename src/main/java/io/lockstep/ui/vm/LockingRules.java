package io.lockstep.ui.vm;

import io.lockstep.event.Event;
import io.lockstep.event.RuleChecked;
import io.lockstep.trace.Trace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented locking rules of a release, for the Rules window: the four the series wrote into
 * memory-hotplug.rst ("Locking Internals", the series' documentation patch 6/6) for v4.20 and later,
 * and for v4.0 and v4.18 what that release's own code comments claimed (checked in those trees),
 * with v4.20's rules, which the window checks against every release. A rule is matched to the
 * models' {@code assert_held ... rule} checks by the words of their messages; every rule with words
 * is checked by some assertion of the models that list it (a test makes sure).
 */
public final class LockingRules {
    /** One rule: what it says, where it is written, and the words of the rule checks that test it (none: not checked). */
    public record Rule(String text, String source, List<String> checkWords) {
        boolean tests(String message) {
            return message != null && checkWords.stream().anyMatch(message::contains);
        }
    }

    /** How the shown step stands with a rule. */
    public enum Standing {
        FOLLOWED("\u2714 followed"), BROKEN("\u2718 broken");

        /** The badge the window shows beside a lit rule, so that its standing is not told by colour alone. */
        public final String badge;

        Standing(String badge) {
            this.badge = badge;
        }
    }

    /** The series' four rules, as both v4.20 (admin-guide/mm) and v6.14 (core-api) word them; {@code doc} is the file. */
    private static List<Rule> documented(String doc) {
        String where = doc + ", Locking Internals";
        return List.of(
                new Rule("Hold device_hotplug_lock when adding or removing memory that has memory block devices, to"
                        + " synchronise with online/offline requests from sysfs and with CPU hotplug.", where,
                        List.of("device_hotplug_lock when adding", "device_hotplug_lock when removing")),
                new Rule("Online and offline memory through device_online() / device_offline(); holding"
                        + " device_hotplug_lock is advised (it protects online_type).",
                        where + "; drivers/base/core.c: \"Call under device_hotplug_lock\"",
                        List.of("device_online():", "device_offline():")),
                new Rule("Always hold mem_hotplug_lock in write mode while adding, removing, onlining or offlining"
                        + " memory, to serialise memory hotplug.", where, List.of("mem_hotplug_lock in write mode")),
                new Rule("mem_hotplug_lock in read mode (get_online_mems()) lets code that accesses memory protect it"
                        + " from vanishing.", where, List.of("mem_hotplug_lock in read mode")));
    }

    private static final String V4_20_DOC = "Documentation/admin-guide/mm/memory-hotplug.rst";
    private static final String V6_14_DOC = "Documentation/core-api/memory-hotplug.rst";

    private static final Rule REMOVE_NOTE_V4_0 = new Rule("remove_memory(): \"NOTE: The caller must call"
            + " lock_device_hotplug() to serialize hotplug and online/offline operations\" (nothing checks it).",
            "mm/memory_hotplug.c, above remove_memory and try_offline_node (v3.19/v4.0)",
            List.of("device_hotplug_lock when removing"));

    private static final Rule DEVICE_ONLINE_NOTE = new Rule("device_online() / device_offline(): \"Call under"
            + " device_hotplug_lock\".", "drivers/base/core.c", List.of("device_online():", "device_offline():"));

    private static final List<Rule> V4_0_COMMENTS = List.of(REMOVE_NOTE_V4_0, DEVICE_ONLINE_NOTE,
            new Rule("store_mem_state(): \"mem->online_type is not protected so there can be a race here\" - harmless,"
                    + " the comment says (a claim about no lock, so nothing to check).",
                    "drivers/base/memory.c, store_mem_state (v3.19/v4.0)", List.of()));

    private static final List<Rule> V4_18_COMMENTS = List.of(
            new Rule("remove_memory(): \"NOTE: The caller must call lock_device_hotplug() to serialize hotplug and"
                    + " online/offline operations\".", "mm/memory_hotplug.c, above remove_memory (v4.18)",
                    List.of("device_hotplug_lock when removing")),
            new Rule("online_pages() / offline_pages(): \"Must be protected by mem_hotplug_begin() or a device_lock\""
                    + " - two locks that are not interchangeable (race R1); checked as device_lock.",
                    "mm/memory_hotplug.c, above online_pages and offline_pages (v4.18)",
                    List.of("Must be protected by mem_hotplug_begin() or a device_lock")),
            new Rule("memory_block_action(): \"Must already be protected by mem_hotplug_begin()\" - untrue for the"
                    + " online attribute, ACPI and pseries.", "drivers/base/memory.c, above memory_block_action (v4.18)",
                    List.of("Must already be protected by mem_hotplug_begin()")),
            DEVICE_ONLINE_NOTE);

    private LockingRules() {}

    /** What release {@code release} wrote down, then (before v4.20) the rules v4.20 documents, which the window checks. */
    public static Map<String, List<Rule>> of(String release) {
        Map<String, List<Rule>> out = new LinkedHashMap<>();
        if ("v4.0".equals(release)) {
            out.put("What v4.0's code comments claim", V4_0_COMMENTS);
        } else if ("v4.18".equals(release)) {
            out.put("What v4.18's code comments claim", V4_18_COMMENTS);
        }
        if ("v6.14".equals(release)) {
            out.put("The rules v6.14 documents", documented(V6_14_DOC));
        } else if ("v4.20".equals(release)) {
            out.put("The rules v4.20 documents", documented(V4_20_DOC));
        } else {
            out.put("The rules v4.20 documents (checked here too)", documented(V4_20_DOC + " (v4.20 on)"));
        }
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
