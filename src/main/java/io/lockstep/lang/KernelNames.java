package io.lockstep.lang;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Names the language knows about the kernel, and the "did you mean" helper for misspelt names. */
final class KernelNames {
    private KernelNames() {}

    /** The kernel's zone names (enum zone_type, as /proc/zoneinfo spells them). */
    static final List<String> ZONES = List.of("DMA", "DMA32", "Normal", "HighMem", "Movable", "Device");

    /** The entry points every bundled kernel model offers (see the language doc). */
    static final Set<String> ENTRY_POINTS = Set.of("state_store", "online_store", "probe_store", "add_memory",
            "remove_memory", "acpi_hotadd", "acpi_eject", "xen_balloon_add", "dlpar_add_lmb", "dlpar_remove_lmb",
            "memtrace_offline", "memtrace_online", "hv_balloon_add", "cpu_online",
            "online_mems_reader");

    /**
     * {@code "; did you mean X?"} when a candidate is a likely misspelling of {@code name}, else "". Short
     * names only match when they differ in case: "b" is not a typo of "a".
     */
    static String suggest(String name, Collection<String> candidates) {
        int allowed = name.length() < 4 ? 0 : name.length() < 8 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance && !c.equals(name)) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= allowed ? "; did you mean " + best + "?" : "";
    }

    /** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
