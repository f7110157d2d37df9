package io.lockstep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.lockstep.event.Event;
import io.lockstep.event.StepTaken;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Verdict;
import io.lockstep.lang.Diagnostic;
import io.lockstep.trace.StepRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The same report as {@link TextReport}, as JSON for scripts and CI. Findings serialise as their records. */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    static String of(List<FileReport> reports, int exitCode, boolean timing) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> files = new ArrayList<>();
        for (FileReport r : reports) {
            files.add(file(r, timing));
        }
        root.put("files", files);
        root.put("exitCode", exitCode);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> file(FileReport r, boolean timing) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("title", r.title());
        m.put("release", r.release());
        Map<String, Object> switches = new LinkedHashMap<>();
        r.switches().forEach(s -> switches.put(s.name(), s.on()));
        m.put("switches", switches);
        List<Object> diags = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            diags.add(Map.of("severity", d.severity().name().toLowerCase(), "file", d.pos().file(), "line",
                    d.pos().line(), "col", d.pos().col(), "message", d.message()));
        }
        m.put("diagnostics", diags);
        m.put("exitCode", r.exitCode());
        if (!r.uncovered().isEmpty()) {
            m.put("uncovered", r.uncovered().stream().map(f -> f.finding().summary()).toList());
        }
        if (r.limitNote() != null) {
            m.put("limitNote", r.limitNote());
        }
        if (r.exploration() == null) {
            return m;
        }
        ExplorationResult e = r.exploration();
        Map<String, Object> ex = new LinkedHashMap<>();
        ex.put("states", e.states());
        ex.put("transitions", e.transitions());
        ex.put("maxDepth", e.maxDepth());
        ex.put("complete", e.complete());
        ex.put("stopReason", e.stopReason());
        if (timing) {
            ex.put("millis", e.elapsedNanos() / 1_000_000.0);
        }
        m.put("exploration", ex);
        List<Object> verdicts = new ArrayList<>();
        for (Verdict v : r.verdicts()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("expect", v.expect().text());
            vm.put("line", v.expect().pos().line());
            vm.put("status", v.status().name().toLowerCase());
            vm.put("finding", v.witness() == null ? null : v.witness().finding().key());
            verdicts.add(vm);
        }
        m.put("verdicts", verdicts);
        List<Object> findings = new ArrayList<>();
        for (FileReport.Shown s : r.shown()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("kind", s.best().kind().words);
            fm.put("key", s.best().key());
            fm.put("summary", s.best().summary());
            fm.put("detail", s.best());
            List<Object> steps = new ArrayList<>();
            for (StepRecord rec : s.trace().steps()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("step", rec.step());
                sm.put("thread", s.trace().program().threadLabel(rec.thread()));
                for (Event ev : rec.events()) {
                    if (ev instanceof StepTaken st) {
                        sm.put("statement", st.statement());
                        sm.put("at", st.at());
                        sm.put("stack", st.stack());
                    }
                }
                steps.add(sm);
            }
            fm.put("schedule", steps);
            findings.add(fm);
        }
        m.put("findings", findings);
        m.put("omittedFindings", r.omitted());
        return m;
    }
}
