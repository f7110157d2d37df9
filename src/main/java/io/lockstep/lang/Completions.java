package io.lockstep.lang;

import io.lockstep.model.LockDecl;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the editor offers to complete at the caret (Ctrl+Space): entry points and procs, locks,
 * places, vars, zones, switches and keywords, drawn from the last scenario that loaded, so the names
 * are the ones of its model and its own declarations. The word before the caret narrows the offer:
 * after {@code call} only procs, after {@code lock} only locks, after {@code switch} or {@code set}
 * the switches, after {@code block(e).} only block fields.
 * Each kind of name comes from one method of its own; a new kind of name is one more such method.
 */
public final class Completions {
    public enum Kind { ENTRY_POINT, PROC, LOCK, VAR, PLACE, ZONE, SWITCH, KEYWORD }

    /** {@code text} replaces the word being typed; {@code detail} says what it is. */
    public record Candidate(String text, Kind kind, String detail) {}

    /** The candidates for the word at {@code [from, to)} of the text. */
    public record Offer(int from, int to, List<Candidate> candidates) {}

    static final List<String> BLOCK_FIELDS = List.of("state", "online_type", "sysfs", "dev_offline", "nid");
    static final List<String> ZONE_FIELDS = List.of("present_pages", "spanned_pages");
    private static final Set<String> LOCK_VERBS = Set.of("lock", "unlock", "read_lock", "read_unlock", "trylock",
            "read_trylock", "drain", "activate", "assert_held", "inversion");

    /** The last scenario that loaded, or null: then only the language's own words are offered. */
    private final Scenario scenario;

    public Completions(Scenario scenario) {
        this.scenario = scenario;
    }

    /** What to offer for the word that ends at {@code caret}. */
    public Offer at(String text, int caret) {
        int to = Math.max(0, Math.min(caret, text.length()));
        int from = to;
        while (from > 0 && isIdentPart(text.charAt(from - 1))) {
            from--;
        }
        String prefix = text.substring(from, to);
        List<Candidate> all = candidatesFor(text, from);
        List<Candidate> matching = all.stream()
                .filter(c -> c.text().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)))
                .toList();
        return new Offer(from, to, matching);
    }

    private List<Candidate> candidatesFor(String text, int wordStart) {
        if (wordStart > 0 && text.charAt(wordStart - 1) == '.') {
            String function = fieldOwner(text, wordStart - 1);
            if (function.equals("block")) {
                return fields(BLOCK_FIELDS, "mem->", "block(e).");
            }
            return function.startsWith("zone") ? fields(ZONE_FIELDS, "zone->", function + "(...).") : List.of();
        }
        String previous = previousWord(text, wordStart);
        if (previous.equals("call") || previous.equals("proc")) {
            return procs();
        }
        if (LOCK_VERBS.contains(previous)) {
            return locks();
        }
        if (previous.equals("switch") || previous.equals("set")) {
            List<Candidate> out = new ArrayList<>(switches());
            if (previous.equals("set")) {
                out.add(new Candidate("block", Kind.KEYWORD, "set block e STATE [zone Z]"));
            }
            return out;
        }
        if (previous.equals("zone") || openedBy(text, wordStart).equals("zone")) {
            return zones();
        }
        List<Candidate> out = new ArrayList<>(procs());
        out.addAll(locks());
        out.addAll(places());
        out.addAll(zones());
        out.addAll(switches());
        out.addAll(keywords());
        return out;
    }

    private List<Candidate> procs() {
        List<Candidate> entries = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        if (scenario == null) {
            new TreeSet<>(KernelNames.ENTRY_POINTS).forEach(e -> entries.add(new Candidate(e, Kind.ENTRY_POINT, "entry point")));
            return entries;
        }
        for (ProcDecl p : scenario.procs().values()) {
            String signature = p.name() + "(" + String.join(", ", p.params()) + ")";
            if (BundledModel.isEntryPoint(p.name())) {
                entries.add(new Candidate(p.name(), Kind.ENTRY_POINT, "entry point " + signature));
            } else {
                others.add(new Candidate(p.name(), Kind.PROC, signature + "  " + p.citation()));
            }
        }
        entries.sort(java.util.Comparator.comparing(Candidate::text));
        others.sort(java.util.Comparator.comparing(Candidate::text));
        entries.addAll(others);
        return entries;
    }

    private List<Candidate> locks() {
        List<Candidate> out = new ArrayList<>();
        if (scenario != null) {
            for (LockDecl l : scenario.locks().values()) {
                out.add(new Candidate(l.name(), Kind.LOCK, (l.perBlock() ? "lock per block [e]: " : "lock: ")
                        + l.kind().keyword() + (l.novalidate() ? " novalidate" : "")));
            }
        }
        return out;
    }

    /** Vars, the one-word counters and the place functions (whose fields follow their dot). */
    private List<Candidate> places() {
        List<Candidate> out = new ArrayList<>();
        if (scenario != null) {
            scenario.vars().keySet().forEach(v -> out.add(new Candidate(v, Kind.VAR, "var")));
        }
        out.add(new Candidate("block(", Kind.PLACE, "block(e)." + String.join(" | .", BLOCK_FIELDS)));
        out.add(new Candidate("zone_of(", Kind.PLACE, "zone_of(e)." + String.join(" | .", ZONE_FIELDS)));
        for (String zone : zoneNames()) {
            for (String field : ZONE_FIELDS) {
                out.add(new Candidate("zone(" + zone + ")." + field, Kind.PLACE, "zone->" + field));
            }
        }
        out.add(new Candidate("node_present_pages", Kind.PLACE, "pgdat->node_present_pages"));
        out.add(new Candidate("totalram_pages", Kind.PLACE, "totalram_pages"));
        return out;
    }

    private List<Candidate> switches() {
        if (scenario == null) {
            return List.of();
        }
        return scenario.switches().values().stream()
                .map(w -> new Candidate(w.name(), Kind.SWITCH, "switch, " + w.valueWord() + " now: " + w.description()))
                .toList();
    }

    private List<Candidate> zones() {
        return zoneNames().stream().map(z -> new Candidate(z, Kind.ZONE, "zone")).toList();
    }

    private List<Candidate> keywords() {
        return new TreeSet<>(SyntaxSpans.KEYWORDS).stream().map(k -> new Candidate(k, Kind.KEYWORD, "keyword")).toList();
    }

    private static List<Candidate> fields(List<String> names, String kernelPrefix, String placePrefix) {
        return names.stream().map(f -> new Candidate(f, Kind.PLACE, placePrefix + f + "  (" + kernelPrefix + f + ")")).toList();
    }

    /** The zones of the scenario's memory layout (all the kernel's zones before one has loaded). */
    private List<String> zoneNames() {
        if (scenario == null) {
            return KernelNames.ZONES;
        }
        Set<String> zones = new LinkedHashSet<>();
        for (MemoryLayout.ZoneRange r : scenario.memory().ranges()) {
            zones.add(r.zone());
        }
        return List.copyOf(zones);
    }

    /** For the dot at {@code dot}: the word before the parenthesised group that ends there ({@code block} in {@code block(b).}). */
    private static String fieldOwner(String text, int dot) {
        int i = dot - 1;
        if (i < 0 || text.charAt(i) != ')') {
            return "";
        }
        int depth = 0;
        for (; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return wordEndingAt(text, i);
            }
        }
        return "";
    }

    /** The word right before an opening parenthesis just before {@code wordStart} ({@code zone} in {@code zone(Mo}); "" otherwise. */
    private static String openedBy(String text, int wordStart) {
        return wordStart > 0 && text.charAt(wordStart - 1) == '(' ? wordEndingAt(text, wordStart - 1) : "";
    }

    private static String wordEndingAt(String text, int end) {
        int start = end;
        while (start > 0 && isIdentPart(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** The identifier before {@code at}, across whitespace (not across a line's comment). */
    private static String previousWord(String text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return wordEndingAt(text, end);
    }

    private static boolean isIdentPart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
