package io.lockstep.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of the Trace Event Format (chrome://tracing, ui.perfetto.dev). Only the fields a phase
 * uses are written, always in the same order, so that an export is byte-stable and diffs well.
 * {@code dur}, {@code id}, {@code scope} and {@code bindPoint} are null when the phase has none.
 */
record TraceEvent(String name, String cat, String ph, long ts, Long dur, int pid, int tid, Map<String, Object> args,
        String id, String scope, String bindPoint) {
    private static final ObjectMapper JSON = new ObjectMapper();

    TraceEvent {
        args = new LinkedHashMap<>(args);
    }

    static TraceEvent complete(String name, String cat, long ts, long dur, int pid, int tid, Map<String, Object> args) {
        return new TraceEvent(name, cat, "X", ts, dur, pid, tid, args, null, null, null);
    }

    /** An instant: scope "t" (its thread's track), "p" (its process) or "g" (the whole trace). */
    static TraceEvent instant(String name, String cat, long ts, int pid, int tid, String scope, Map<String, Object> args) {
        return new TraceEvent(name, cat, "i", ts, null, pid, tid, args, null, scope, null);
    }

    static TraceEvent metadata(String name, int pid, int tid, Map<String, Object> args) {
        return new TraceEvent(name, "__metadata", "M", 0, null, pid, tid, args, null, null, null);
    }

    /** A flow's start ("s") or its finish ("f", bound to the enclosing slice: bp "e"). */
    static TraceEvent flow(boolean start, String name, long ts, int pid, int tid, String id) {
        return new TraceEvent(name, "flow", start ? "s" : "f", ts, null, pid, tid, Map.of(), id, null,
                start ? null : "e");
    }

    ObjectNode toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", name);
        n.put("cat", cat);
        n.put("ph", ph);
        n.put("ts", ts);
        if (dur != null) {
            n.put("dur", dur);
        }
        n.put("pid", pid);
        n.put("tid", tid);
        if (id != null) {
            n.put("id", id);
        }
        if (scope != null) {
            n.put("s", scope);
        }
        if (bindPoint != null) {
            n.put("bp", bindPoint);
        }
        n.set("args", JSON.valueToTree(args));
        return n;
    }
}
