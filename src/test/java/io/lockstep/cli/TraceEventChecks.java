package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a viewer needs of a Trace Event Format file, checked field by field: the fields each phase
 * requires, ts ≥ 0, dur ≥ 0 and "X" slices nested on each track, "B"/"E" paired, every flow id
 * one start and one finish (the finish not before the start), every track named.
 */
final class TraceEventChecks {
    private static final Set<String> METADATA = Set.of("process_name", "process_sort_index", "process_labels",
            "thread_name", "thread_sort_index");

    private TraceEventChecks() {}

    /** Checks {@code json}; returns how many flows it has. */
    static int check(String json, String what) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(what + ": not JSON: " + e.getMessage(), e);
        }
        assertTrue(root.path("metadata").path("time_scale").isTextual(), what + ": the time scale is in the metadata");
        assertTrue(root.path("traceEvents").isArray(), what + ": traceEvents");
        Map<String, List<JsonNode>> slices = new HashMap<>();
        Map<String, Deque<JsonNode>> begun = new HashMap<>();
        Map<String, int[]> flows = new HashMap<>();
        Map<String, Long> flowStart = new HashMap<>();
        Set<String> named = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (JsonNode e : root.get("traceEvents")) {
            String ph = text(e, "ph", what);
            text(e, "name", what);
            text(e, "cat", what);
            assertTrue(e.path("pid").isInt() && e.path("tid").isInt(), what + ": pid and tid: " + e);
            assertTrue(e.path("ts").isIntegralNumber() && e.get("ts").asLong() >= 0, what + ": ts >= 0: " + e);
            String track = e.get("pid").asInt() + "/" + e.get("tid").asInt();
            switch (ph) {
                case "X" -> {
                    assertTrue(e.path("dur").isIntegralNumber() && e.get("dur").asLong() >= 0, what + ": dur: " + e);
                    assertTrue(e.path("args").isObject(), what + ": args: " + e);
                    slices.computeIfAbsent(track, k -> new ArrayList<>()).add(e);
                    used.add(track);
                }
                case "B" -> begun.computeIfAbsent(track, k -> new ArrayDeque<>()).push(e);
                case "E" -> {
                    Deque<JsonNode> open = begun.get(track);
                    assertTrue(open != null && !open.isEmpty(), what + ": an E without its B: " + e);
                    assertTrue(open.pop().get("ts").asLong() <= e.get("ts").asLong(), what + ": E before its B: " + e);
                }
                case "i" -> {
                    assertTrue(Set.of("t", "p", "g").contains(e.path("s").asText()), what + ": instant scope: " + e);
                    assertTrue(e.path("args").isObject(), what + ": args: " + e);
                }
                case "M" -> {
                    assertTrue(METADATA.contains(e.get("name").asText()), what + ": metadata name: " + e);
                    assertTrue(e.path("args").isObject() && e.get("args").size() == 1, what + ": metadata args: " + e);
                    if (e.get("name").asText().equals("thread_name")) {
                        named.add(track);
                    }
                }
                case "s", "f" -> {
                    String id = text(e, "id", what);
                    int[] count = flows.computeIfAbsent(id, k -> new int[2]);
                    count[ph.equals("s") ? 0 : 1]++;
                    if (ph.equals("s")) {
                        flowStart.put(id, e.get("ts").asLong());
                    } else {
                        assertEquals("e", e.path("bp").asText(), what + ": a flow finish binds to its slice: " + e);
                        assertTrue(flowStart.containsKey(id) && flowStart.get(id) <= e.get("ts").asLong(),
                                what + ": a flow finishes after it starts: " + e);
                    }
                    used.add(track);
                }
                default -> fail(what + ": unexpected phase " + ph + ": " + e);
            }
        }
        begun.forEach((track, open) -> assertTrue(open.isEmpty(), what + ": a B without its E on " + track));
        flows.forEach((id, c) -> assertTrue(c[0] == 1 && c[1] == 1, what + ": flow " + id + " is not one s and one f"));
        assertTrue(named.containsAll(used), what + ": every track with slices has a name: " + used + " " + named);
        slices.forEach((track, list) -> nested(list, what + " track " + track));
        return flows.size();
    }

    private static String text(JsonNode e, String field, String what) {
        assertTrue(e.path(field).isTextual(), what + ": " + field + ": " + e);
        return e.get(field).asText();
    }

    /** Slices on one track either nest or follow each other, as a flame chart needs. */
    private static void nested(List<JsonNode> slices, String what) {
        List<JsonNode> sorted = new ArrayList<>(slices);
        sorted.sort(Comparator.comparingLong((JsonNode e) -> e.get("ts").asLong())
                .thenComparing(Comparator.comparingLong((JsonNode e) -> e.get("dur").asLong()).reversed()));
        Deque<long[]> open = new ArrayDeque<>();
        for (JsonNode e : sorted) {
            long start = e.get("ts").asLong();
            long end = start + e.get("dur").asLong();
            while (!open.isEmpty() && open.peek()[1] <= start) {
                open.pop();
            }
            if (!open.isEmpty() && end > open.peek()[1]) {
                fail(what + ": " + e + " overlaps its parent without nesting in it");
            }
            open.push(new long[] {start, end});
        }
    }
}
