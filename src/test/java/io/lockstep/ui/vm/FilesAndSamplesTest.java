package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving atomically, and the samples bundled in the jar. */
class FilesAndSamplesTest {

    @Test
    void anAtomicSaveReplacesTheFileAndLeavesNothingElse(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.lks");
        Files.writeString(file, "old");
        io.lockstep.share.AtomicFile.writeString(file, "new text");
        assertEquals("new text", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        io.lockstep.share.AtomicFile.writeString(dir.resolve("fresh.lks"), "created");
        assertEquals("created", Files.readString(dir.resolve("fresh.lks")));
    }

    @Test
    void theSamplesAreBundledAndTheHeadlineOpensFromAnyFolder(@TempDir Path elsewhere) throws IOException {
        assertTrue(BundledSamples.names().contains(BundledSamples.HEADLINE));
        assertTrue(BundledSamples.names().size() >= 19, BundledSamples.names().toString());
        ScenarioSource bundled = BundledSamples.headline(elsewhere);
        assertFalse(bundled.hasFile(), "no samples folder here: the bundled copy");
        assertEquals(Files.readString(Samples.HEADLINE), bundled.text());
        assertTrue(bundled.load(null).ok());
        ScenarioSource local = BundledSamples.headline(Path.of(""));
        assertTrue(local.hasFile(), "in the project, the file itself (so it can be saved)");
    }

    @Test
    void aSampleNameIsNeverAPath() {
        assertTrue(BundledSamples.open("../models/v4.0.lks").isEmpty());
        assertTrue(BundledSamples.open("nope.lks").isEmpty());
    }
}
