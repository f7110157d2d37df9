package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Capacity;
import io.lockstep.lang.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window opens hostile files the way {@code lockstep check} does: a message, never a hang or a crash. */
class HostileScenarioTest {
    @TempDir
    Path dir;

    private final SessionViewModel session = new SessionViewModel();

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aDeviceOrAnOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.lks");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(64L << 20);
        }
        assertThrows(SourceFiles.Refused.class, () -> ScenarioSource.read(big));
        if (Files.exists(Path.of("/dev/zero"))) {
            assertThrows(SourceFiles.Refused.class, () -> ScenarioSource.read(Path.of("/dev/zero")));
        }
    }

    @Test
    void tooManyThreadsOpenTheEditorOnAPositionedError() throws IOException {
        StringBuilder sb = new StringBuilder("scenario \"many\"\nlock a : mutex\n");
        for (int t = 0; t <= Capacity.MAX_THREADS; t++) {
            sb.append("thread \"t").append(t).append("\" { lock a  unlock a }\n");
        }
        Path f = dir.resolve("many.lks");
        Files.writeString(f, sb);
        assertFalse(session.open(ScenarioSource.read(f)));
        assertTrue(session.statusProperty().get().contains("many.lks:" + (3 + Capacity.MAX_THREADS) + ":1: thread"),
                session.statusProperty().get());
    }

    @Test
    void aDeepCallChainOpensTheEditorOnAPositionedError() throws IOException {
        StringBuilder sb = new StringBuilder("scenario \"deep\"\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("proc p").append(i).append("() at \"x.c:p\" { call p").append(i + 1).append("() }\n");
        }
        sb.append("proc p5000() at \"x.c:p\" { }\nthread \"t\" { call p0() }\n");
        Path f = dir.resolve("deep.lks");
        Files.writeString(f, sb);
        assertFalse(session.open(ScenarioSource.read(f)));
        assertTrue(session.statusProperty().get().contains("at most 256 levels"), session.statusProperty().get());
    }
}
