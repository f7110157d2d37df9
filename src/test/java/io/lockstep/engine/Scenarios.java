package io.lockstep.engine;

import static org.junit.jupiter.api.Assertions.fail;

import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Found;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.Verdict;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.model.Scenario;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: load scenario text, explore it, and ask about its findings. */
public final class Scenarios {
    private Scenarios() {}

    /** A scenario with a default memory layout unless the text brings its own. */
    public static Scenario load(String body) {
        String text = body.contains("scenario ") ? body : "scenario \"test\"\n" + body;
        if (!java.util.regex.Pattern.compile("(?m)^\\s*memory\\s*\\{").matcher(text).find()) {
            text = text + "\nmemory { block_size 128M  zone Normal blocks 0..3 online  zone Movable blocks 4..7 offline }\n";
        }
        Loaded l = ScenarioLoader.loadText("test.lks", text, null, null);
        if (!l.ok()) {
            fail("scenario does not load:\n" + l.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        return l.scenario();
    }

    public static ExplorationResult explore(String body) {
        return explore(load(body));
    }

    public static ExplorationResult explore(Scenario s) {
        return new Explorer(Program.compile(s)).explore(Limits.DEFAULT, Progress.NONE);
    }

    /** Explores and returns each expect line's status, so a test can assert every verdict at once. */
    public static List<Verdict.Status> verdicts(String body) {
        Scenario s = load(body);
        return Verdict.decide(s.expects(), explore(s)).stream().map(Verdict::status).toList();
    }

    /** The project's samples, sorted (the working directory of tests is the project). */
    public static java.util.stream.Stream<java.nio.file.Path> sampleFiles() throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(java.nio.file.Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".lks")).sorted().toList().stream();
        }
    }

    /** A scenario file, loaded (it must load) and compiled. */
    public static Program compileFile(java.nio.file.Path file) {
        Loaded l = ScenarioLoader.load(file, null);
        if (!l.ok()) {
            fail(file + ": " + l.errors());
        }
        return Program.compile(l.scenario());
    }

    /**
     * The lock-order edge that closed {@code inv} in {@code t}: the last edge made before the step's
     * report of it; null if the run never reports it.
     */
    public static io.lockstep.event.LockOrderEdge closingEdge(io.lockstep.trace.Trace t, Finding.Inversion inv) {
        io.lockstep.event.LockOrderEdge[] last = new io.lockstep.event.LockOrderEdge[1];
        io.lockstep.event.LockOrderEdge[] closing = new io.lockstep.event.LockOrderEdge[1];
        t.forEachEvent(0, t.size(), e -> {
            if (e instanceof io.lockstep.event.LockOrderEdge o) {
                last[0] = o;
            } else if (e instanceof io.lockstep.event.FindingReported fr && fr.finding().key().equals(inv.key())
                    && closing[0] == null) {
                closing[0] = last[0];
            }
        });
        return closing[0];
    }

    public static List<Finding> findings(ExplorationResult r, Finding.Kind kind) {
        return r.ofKind(kind).stream().map(Found::finding).toList();
    }
}
