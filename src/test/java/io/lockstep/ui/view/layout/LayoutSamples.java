package io.lockstep.ui.view.layout;


import io.lockstep.engine.Program;
import io.lockstep.explore.ClassEdge;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The samples, explored and laid out as the window would (text sized by a fixed estimate, not a font). */
final class LayoutSamples {
    static final double LABEL_W = 34;
    static final double LABEL_H = 16;

    private LayoutSamples() {}

    static Stream<Path> all() throws IOException {
        return io.lockstep.engine.Scenarios.sampleFiles();
    }

    static Program program(Path file) {
        return io.lockstep.engine.Scenarios.compileFile(file);
    }

    static ExplorationResult explore(Program p) {
        return new Explorer(p).explore(Limits.DEFAULT, Progress.NONE);
    }

    static List<String> classes(Program p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.lockClassCount(); i++) {
            out.add(p.lockClassName(i));
        }
        return out;
    }

    /** About what a 13 px font gives: 7.5 px a character and padding; a novalidate class has a note line. */
    static Map<String, double[]> sizes(Program p) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String c : classes(p)) {
            var decl = p.scenario().locks().get(c);
            boolean note = decl != null && decl.novalidate();
            out.put(c, new double[] {7.5 * c.length() + 18, note ? 38 : 24});
        }
        return out;
    }

    static List<Arc> arcs(ExplorationResult r) {
        return r.lockOrder().stream().map((ClassEdge e) -> new Arc(e.from(), e.to(), e.closesCycle())).toList();
    }

    static GraphLayout layout(Program p, ExplorationResult r) {
        return LayeredLayout.compute(new Spec(classes(p), arcs(r), sizes(p), LABEL_W, LABEL_H));
    }
}
