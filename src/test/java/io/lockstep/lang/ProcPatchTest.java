package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Patch this proc": the copy is the model's proc, says where it came from, loads, and changes nothing until edited. */
class ProcPatchTest {
    private static final Path HEADLINE = Path.of("samples", "v40-hotadd-vs-udev-deadlock.lks");

    private static List<Verdict.Status> verdicts(Loaded loaded) {
        Program program = Program.compile(loaded.scenario());
        var result = new Explorer(program).explore(new Limits(2_000_000, Duration.ofMinutes(1)), Progress.NONE);
        return Verdict.decide(loaded.scenario().expects(), result).stream().map(Verdict::status).toList();
    }

    @Test
    void aPatchedProcOfTheHeadlineSampleLoadsAsARedefinitionWithTheSameVerdicts() throws IOException {
        String text = Files.readString(HEADLINE);
        ProcPatch.Result patch = ProcPatch.append(text, "v4.0", "online_pages").orElseThrow();
        assertTrue(patch.appended());
        assertTrue(patch.text().startsWith(text), "what the user wrote stays as it was");
        String added = patch.text().substring(text.length());
        assertTrue(added.contains("# Patched copy of online_pages from the v4.0 model (lockstep show v4.0 online_pages)"), added);
        BundledModel model = BundledModel.load("v4.0").orElseThrow();
        assertTrue(added.endsWith(model.source(model.proc("online_pages").orElseThrow())), "the model's text, comment and all");
        int procLine = patch.text().lastIndexOf("proc online_pages(");
        assertTrue(patch.caret() > procLine && patch.text().charAt(patch.caret()) != '\n', "the caret is on the first statement");

        Loaded original = ScenarioLoader.load(HEADLINE, null);
        Loaded patched = ScenarioLoader.loadText(HEADLINE.toString(), patch.text(), HEADLINE.toAbsolutePath().getParent(), null);
        assertEquals(List.of(), patched.errors());
        assertFalse(patched.scenario().procs().get("online_pages").fromBundledModel(), "the scenario's copy runs now");
        assertTrue(patched.diagnostics().stream().anyMatch(d -> d.message().contains("online_pages")), "the redefinition is noted");
        assertEquals(verdicts(original), verdicts(patched));
    }

    @Test
    void patchingAProcTheTextAlreadyRedefinesOnlyMovesTheCaretToIt() throws IOException {
        String text = Files.readString(Path.of("samples", "patch-drop-device-hotplug-lock.lks"));
        ProcPatch.Result again = ProcPatch.append(text, "v4.20", "add_memory").orElseThrow();
        assertFalse(again.appended());
        assertEquals(text, again.text());
        assertTrue(text.substring(again.caret()).startsWith("note \"PATCHED"), text.substring(again.caret(), again.caret() + 20));
    }

    @Test
    void anUnknownProcOrModelGivesNothing() {
        assertEquals(Optional.empty(), ProcPatch.append("", "v4.0", "no_such_proc"));
        assertEquals(Optional.empty(), ProcPatch.append("", "v9.9", "online_pages"));
    }
}
