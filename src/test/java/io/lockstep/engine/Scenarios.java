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

    public static List<Finding> findings(ExplorationResult r, Finding.Kind kind) {
        return r.ofKind(kind).stream().map(Found::finding).toList();
    }
}
