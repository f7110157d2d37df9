package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import io.lockstep.engine.Capacity;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.share.SavedView;
import io.lockstep.share.SavedViewFile;
import io.lockstep.share.ViewCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep check --replay VIEW}: the saved view restored on the command line, warnings included. */
class ReplayCheckTest {
    @TempDir
    Path dir;

    private Path save(SavedView view) throws Exception {
        Path f = dir.resolve("view.lkview");
        Files.writeString(f, SavedViewFile.write(view));
        return f;
    }

    private static SavedView patch3Alone(List<Integer> schedule, int step) throws Exception {
        Path sample = Path.of("samples", "v418-hotadd-vs-udev.lks");
        var loaded = ScenarioLoader.loadChecked(sample, null, Capacity::check);
        return ViewCapture.of("x", sample, Files.readString(sample), null, Map.of("patch3", true), loaded.scenario(),
                schedule, step, null);
    }

    @Test
    void replayPrintsTheStepsUpToTheSavedOneThenTheCheck() throws Exception {
        Result r = CheckCommandTest.run("check", "--replay", "--no-timing", save(patch3Alone(List.of(0, 0, 1), 2)).toString());
        assertTrue(r.out().contains("a saved view of \"v4.18: hot-add through the probe file vs udev onlining the new"
                + " block (no deadlock)\" (kernel model v4.18; patch3=on), step 2 of 3"), r.out());
        assertTrue(r.out().contains("the steps up to the view's step:\n     1  probe:"), r.out());
        // The file expects no deadlock; with patch 3 on (as the view was saved) there is one.
        assertTrue(r.out().contains("expect no deadlock") && r.out().contains("FAILS"), r.out());
        assertEquals(1, r.code());
        assertTrue(!r.out().contains("warning:"), r.out());
    }

    @Test
    void aTamperedFingerprintWarnsAndABrokenFileExits2() throws Exception {
        SavedView v = patch3Alone(List.of(0), 1);
        SavedView tampered = new SavedView(v.scenarioName(), v.scenarioFolder(), v.scenarioText(), v.release(),
                v.switches(), v.schedule(), v.step(), v.theme(), v.modelRelease(), "sha256:" + "1".repeat(64));
        Result r = CheckCommandTest.run("check", "--replay", save(tampered).toString());
        assertTrue(r.out().contains("warning: the bundled v4.18 model has changed since this view was saved"), r.out());
        Path broken = dir.resolve("broken.lkview");
        Files.writeString(broken, "{\"format\": \"something else\"}");
        Result b = CheckCommandTest.run("check", "--replay", broken.toString());
        assertEquals(2, b.code());
        assertTrue(b.out().contains("not a saved Lockstep view"), b.out());
    }
}
