package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep import-lsmem FILE}: the memory block a saved lsmem table stands for, or its errors. */
class ImportLsmemCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheMemoryBlockOfTheSample() {
        Result r = CheckCommandTest.run("import-lsmem", "samples/lsmem/powernv-6-blocks.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                memory { block_size 128M
                         zone Normal  blocks 0..3 online
                         zone Movable blocks 4 online
                         zone Movable blocks 5 offline }
                """, r.out());
        assertTrue(Main.isCommand("import-lsmem"));
    }

    @Test
    void aBrokenTableExitsTwoWithPositionedErrors() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "BLOCK STATE\n0-3 onlin\nMemory block size: 128M\n");
        Result r = CheckCommandTest.run("import-lsmem", bad.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(bad + ":2:5: unknown state onlin; lsmem writes online, offline or on->off\n    0-3 onlin\n"
                + "        ^\n", r.err());
        Result missing = CheckCommandTest.run("import-lsmem", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.code());
        assertEquals(dir.resolve("nope.txt") + ": cannot read it: no such file\n", missing.err());
    }
}
