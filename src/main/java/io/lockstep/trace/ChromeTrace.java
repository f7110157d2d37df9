package io.lockstep.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a recorded run as Trace Event Format JSON, the format chrome://tracing and
 * ui.perfetto.dev open. Process 1 "threads" has a track per scenario thread ({@link ThreadTracks}),
 * process 2 "locks" a track (or a few lanes) per lock instance ({@link LockTracks}); findings are
 * global instants ("i", scope "g") with their summary in args.
 *
 * <p>Slices are complete events ("X" with {@code dur}) rather than "B"/"E" pairs: every interval is
 * known when it is written, and one event per slice cannot come unpaired. Flow arrows use the
 * original flow events "s" and "f" (with {@code "bp": "e"}, binding the finish to the enclosing
 * slice) rather than {@code flow_in}/{@code flow_out} with {@code bind_id}: both chrome://tracing's
 * Catapult viewer and Perfetto read "s"/"f", while the newer form is Perfetto's alone.
 *
 * <p>Time is steps, not wall clock, so an export is deterministic: step k (1-based) runs from
 * ts = k × {@value #MICROS_PER_STEP} µs to (k + 1) × {@value #MICROS_PER_STEP} µs, and ts 0 is
 * the state before the first step; with {@code displayTimeUnit} "ms" a viewer shows one step per
 * millisecond.
 */
public final class ChromeTrace {
    public static final long MICROS_PER_STEP = 1000;
    public static final String TIME_SCALE = "step k (1-based) runs from ts = k * " + MICROS_PER_STEP
            + " us to (k + 1) * " + MICROS_PER_STEP + " us; ts 0 is the state before the first step";
    /** ASCII only (other characters as \\u escapes): the same bytes whatever the console's encoding. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private ChromeTrace() {}

    /**
     * The JSON text of {@code trace}: a top-level "metadata" object ({@code metadata}, in its order,
     * then the time scale and the threads) and "traceEvents", one event a line so that it diffs well.
     */
    public static String json(Trace trace, Map<String, Object> metadata) {
        List<TraceEvent> events = new ArrayList<>(threadMetadata(trace.program(), metadata));
        events.addAll(new ThreadTracks(trace, MICROS_PER_STEP).events());
        events.addAll(new LockTracks(trace, MICROS_PER_STEP).events());
        events.addAll(findings(trace));
        Map<String, Object> meta = new LinkedHashMap<>(metadata);
        meta.put("steps", trace.size());
        meta.put("time_scale", TIME_SCALE);
        meta.put("threads", trace.program().threadLabels());
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"displayTimeUnit\": \"ms\",\n");
        sb.append("  \"metadata\": ").append(text(meta)).append(",\n");
        sb.append("  \"traceEvents\": [\n");
        for (int i = 0; i < events.size(); i++) {
            sb.append("    ").append(text(events.get(i).toJson())).append(i + 1 < events.size() ? ",\n" : "\n");
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }

    private static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e); // maps and strings only
        }
    }

    private static List<TraceEvent> threadMetadata(Program program, Map<String, Object> metadata) {
        List<TraceEvent> out = new ArrayList<>();
        out.add(TraceEvent.metadata("process_name", ThreadTracks.PID, 0, Map.of("name", "threads")));
        out.add(TraceEvent.metadata("process_sort_index", ThreadTracks.PID, 0, Map.of("sort_index", ThreadTracks.PID)));
        // The scenario, release and switches, where a viewer shows them: beside the process's name.
        List<String> labels = new ArrayList<>();
        for (String key : List.of("scenario", "release", "switches", "schedule")) {
            Object v = metadata.get(key);
            if (v != null) {
                labels.add(key + ": " + v);
            }
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("labels", String.join("; ", labels));
        out.add(TraceEvent.metadata("process_labels", ThreadTracks.PID, 0, args));
        for (int t = 0; t < program.threadCount(); t++) {
            out.add(TraceEvent.metadata("thread_name", ThreadTracks.PID, ThreadTracks.tid(t),
                    Map.of("name", program.threadLabel(t))));
            out.add(TraceEvent.metadata("thread_sort_index", ThreadTracks.PID, ThreadTracks.tid(t),
                    Map.of("sort_index", t)));
        }
        return out;
    }

    private static List<TraceEvent> findings(Trace trace) {
        List<TraceEvent> out = new ArrayList<>();
        for (FindingReported r : trace.findings()) {
            Finding f = r.finding();
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("kind", f.kind().words);
            args.put("step", r.step());
            args.put("summary", f.summary());
            out.add(TraceEvent.instant(f.kind().words, "finding", r.step() * MICROS_PER_STEP, ThreadTracks.PID, 0, "g",
                    args));
        }
        return out;
    }
}
