package io.lockstep.lang;

import static io.lockstep.lang.Lks.FAKE_MODELS;
import static io.lockstep.lang.Lks.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.model.MemoryLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memory from lsmem "FILE"}: real-looking lsmem tables, broken ones, and the hand-written equivalent. */
class LsmemTest {
    @TempDir
    Path dir;

    /** lsmem --output RANGE,SIZE,STATE,REMOVABLE,BLOCK,NODE,ZONES on a small powernv guest. */
    static final String WITH_ZONES = """
            RANGE                                  SIZE   STATE REMOVABLE BLOCK NODE ZONES
            0x0000000000000000-0x000000001fffffff  512M  online        no   0-3    0 Normal
            0x0000000020000000-0x0000000027ffffff  128M  online       yes     4    0 Movable
            0x0000000028000000-0x000000002fffffff  128M offline               5    0 Movable/Normal

            Memory block size:       128M
            Total online memory:     640M
            Total offline memory:    128M
            """;

    /** Plain lsmem on an x86 box: default columns, 1G blocks, a hole below 4G, REMOVABLE blank when offline. */
    static final String PLAIN = """
            RANGE                                  SIZE   STATE REMOVABLE BLOCK
            0x0000000000000000-0x00000000bfffffff    3G  online       yes   0-2
            0x0000000100000000-0x000000023fffffff    5G  online       yes   4-8
            0x0000000240000000-0x000000027fffffff    1G offline               9

            Memory block size:         1G
            Total online memory:       8G
            Total offline memory:      1G
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Loaded scenario(String memory, String lsmem) throws IOException {
        write("lsmem.txt", lsmem);
        return ScenarioLoader.load(write("main.lks", "scenario \"s\"\n" + memory + "\nthread \"t\" { }\n"), null,
                FAKE_MODELS);
    }

    private Loaded fromLsmem(String lsmem) throws IOException {
        return scenario("memory from lsmem \"lsmem.txt\"", lsmem);
    }

    /** The layout as text, without positions: what a hand-written memory block would give. */
    private static String layout(Loaded loaded) {
        Lks.assertOk(loaded);
        MemoryLayout m = loaded.scenario().memory();
        StringBuilder sb = new StringBuilder("block_size " + (m.blockSize() >> 20) + "M");
        for (MemoryLayout.ZoneRange r : m.ranges()) {
            sb.append(" | ").append(r.zone()).append(' ').append(r.first()).append("..").append(r.last()).append(' ')
                    .append(r.initial().keyword());
        }
        return sb.toString();
    }

    /** The errors as "FILE LINE:COL: message", FILE being the last part of the path. */
    private List<String> located(Loaded loaded) {
        return loaded.errors().stream().map(d -> Path.of(d.pos().file()).getFileName() + " " + Lks.at(d)).toList();
    }

    @Test
    void outputWithNodeAndZones() throws IOException {
        assertEquals("block_size 128M | Normal 0..3 online | Movable 4..4 online | Movable 5..5 offline",
                layout(fromLsmem(WITH_ZONES)));
    }

    @Test
    void plainLsmemPutsEveryBlockInNormalAndLeavesTheHoleOut() throws IOException {
        assertEquals("block_size 1024M | Normal 0..2 online | Normal 4..8 online | Normal 9..9 offline",
                layout(fromLsmem(PLAIN)));
    }

    @Test
    void equivalentToTheHandWrittenLayout() throws IOException {
        Loaded imported = fromLsmem(WITH_ZONES);
        Loaded byHand = scenario("memory { block_size 128M zone Normal blocks 0..3 online zone Movable blocks 4 online"
                + " zone Movable blocks 5 offline }", WITH_ZONES);
        assertEquals(layout(byHand), layout(imported));
        assertEquals(byHand.scenario().memory().blockSize(), imported.scenario().memory().blockSize());
    }

    @Test
    void blockSizeFromRangeOrSizeWithoutASummary() throws IOException {
        String noSummary = WITH_ZONES.substring(0, WITH_ZONES.indexOf("\n\n") + 1);
        assertEquals("block_size 128M | Normal 0..3 online | Movable 4..4 online | Movable 5..5 offline",
                layout(fromLsmem(noSummary)));
        String sizeOnly = """
                $ lsmem --output SIZE,STATE,BLOCK,ZONES --summary=never
                 SIZE   STATE BLOCK ZONES
                   1G  online   0-3 Normal
                 512M offline   4-5 Movable
                """;
        assertEquals("block_size 256M | Normal 0..3 online | Movable 4..5 offline", layout(fromLsmem(sizeOnly)));
    }

    @Test
    void bytesAndOtherUnits() throws IOException {
        String bytes = """
                RANGE                                       SIZE  STATE REMOVABLE BLOCK
                0x0000000000000000-0x000000000fffffff  268435456 online        no   0-1

                Memory block size:            134217728
                """;
        assertEquals("block_size 128M | Normal 0..1 online", layout(fromLsmem(bytes)));
        String twoG = PLAIN.replace("0-2", "0-1").replace("4-8", "2-4").replace("        9", "        5")
                .replace("1G\n", "2G\n").replace("0x0000000100000000-0x000000023fffffff", "0x0000000100000000-0x000000027fffffff");
        assertEquals(List.of("lsmem.txt 6:28: the block size 2G is too large; the language allows at most 1G (so that"
                + " the pages of every block count in a 32-bit int)"), located(fromLsmem(twoG)));
    }

    @Test
    void goingOfflineAndMultiZoneRows() throws IOException {
        String text = """
                BLOCK   STATE ZONES
                  0-1  online DMA32
                    2 on->off Normal
                  3-4 offline Normal/Movable
                Memory block size: 128M
                """;
        assertEquals("block_size 128M | DMA32 0..1 online | Normal 2..2 going_offline | Normal 3..4 offline",
                layout(fromLsmem(text)));
    }

    @Test
    void absentBlocksAreAddedAfterTheFile() throws IOException {
        Loaded loaded = scenario("memory from lsmem \"lsmem.txt\" { zone Movable blocks 6..7 absent }", WITH_ZONES);
        assertTrue(layout(loaded).endsWith("| Movable 5..5 offline | Movable 6..7 absent"), layout(loaded));
        Loaded wrong = scenario("memory from lsmem \"lsmem.txt\" { zone Movable blocks 5..6 absent"
                + " zone Movable blocks 7 online }", WITH_ZONES);
        assertEquals(List.of(
                "main.lks 2:33: block 5 is already in the lsmem file (at " + dir.resolve("lsmem.txt") + ":4:67); add"
                        + " only blocks it does not list",
                "main.lks 2:65: lsmem gives the state of the blocks it lists; add only absent blocks (not hot-added"
                        + " yet) here"), located(wrong));
    }

    @Test
    void missingFileIsReportedAtTheString() throws IOException {
        Path scenario = write("main.lks", "scenario \"s\"\nmemory from lsmem \"nope.txt\"\nthread \"t\" { }\n");
        assertEquals(List.of("2:19: cannot find the lsmem file \"nope.txt\" (looked for " + dir.resolve("nope.txt") + ")"),
                errors(ScenarioLoader.load(scenario, null, FAKE_MODELS)));
        assertEquals(List.of("2:19: cannot find \"x.txt\": this text has no folder yet; save it first"),
                errors(Lks.load("scenario \"s\"\nmemory from lsmem \"x.txt\"\n" + "thread \"t\" { }\n")));
        assertEquals(List.of("2:19: \"../x.txt\" leaves the folder of " + scenario + "; the lsmem file must be in that"
                + " folder or below it"), errors(ScenarioLoader.load(write("main.lks",
                        "scenario \"s\"\nmemory from lsmem \"../x.txt\"\nthread \"t\" { }\n"), null, FAKE_MODELS)));
    }

    private List<String> brokenRow(String row) throws IOException {
        return located(fromLsmem(WITH_ZONES.replace(
                "0x0000000020000000-0x0000000027ffffff  128M  online       yes     4    0 Movable", row)));
    }

    @Test
    void badRowsArePositionedInTheLsmemFile() throws IOException {
        assertEquals(List.of("lsmem.txt 3:47: unknown state onlin; lsmem writes online, offline or on->off"),
                brokenRow("0x0000000020000000-0x0000000027ffffff  128M   onlin       yes     4    0 Movable"));
        assertEquals(List.of("lsmem.txt 3:74: unknown zone Moveable; did you mean Movable?; lsmem's zones are None, DMA,"
                + " DMA32, Normal, Highmem, Movable and Device"),
                brokenRow("0x0000000020000000-0x0000000027ffffff  128M  online       yes     4    0 Moveable"));
        assertEquals(List.of("lsmem.txt 3:65: malformed block range 4-x; lsmem writes BLOCK as N or FIRST-LAST (the lower"
                + " first), such as 0-7"),
                brokenRow("0x0000000020000000-0x0000000027ffffff  128M  online       yes   4-x    0 Movable"));
        assertEquals(List.of("lsmem.txt 3:65: malformed block range 4-3; lsmem writes BLOCK as N or FIRST-LAST (the lower"
                + " first), such as 0-7"),
                brokenRow("0x0000000020000000-0x0000000027ffffff  128M  online       yes   4-3    0 Movable"));
        assertEquals(List.of("lsmem.txt 3:1: malformed address range 0x20000000-27ffffff; lsmem writes 0xSTART-0xEND"),
                brokenRow("0x20000000-27ffffff                    128M  online       yes     4    0 Movable"));
        assertEquals(List.of("lsmem.txt 3:72: these blocks are on node 1; the kernel models have one node, 0: keep the"
                + " rows of node 0"), brokenRow("0x0000000020000000-0x0000000027ffffff  128M  online       yes     4    1 Movable"));
    }

    @Test
    void overlappingAndOutOfOrderBlocks() throws IOException {
        assertEquals(List.of("lsmem.txt 3:65: blocks 3-4 overlap blocks 0-3 of line 2; lsmem lists each block once, in"
                + " increasing order"),
                brokenRow("0x0000000018000000-0x0000000027ffffff  256M  online       yes   3-4    0 Movable"));
        String outOfOrder = """
                BLOCK   STATE
                  4-5  online
                  0-3  online
                Memory block size: 128M
                """;
        assertEquals(List.of("lsmem.txt 3:3: blocks 0-3 come before blocks 4-5 of line 2; lsmem lists each block once,"
                + " in increasing order"), located(fromLsmem(outOfOrder)));
    }

    @Test
    void theAddressRangeMustMatchTheBlockSize() throws IOException {
        assertEquals(List.of("lsmem.txt 3:1: the address range 0x0000000020000000-0x0000000027ffffff is not blocks 4 of"
                + " 262144K each (the block size of line 6)"),
                located(fromLsmem(WITH_ZONES.replace("128M\nTotal online", "256M\nTotal online")
                        .replace("0x0000000000000000-0x000000001fffffff  512M  online        no   0-3",
                                "0x0000000000000000-0x000000003fffffff    1G  online        no   0-3"))).subList(0, 1));
    }

    @Test
    void missingOrBadHeader() throws IOException {
        String noHeader = WITH_ZONES.substring(WITH_ZONES.indexOf('\n') + 1);
        assertEquals(List.of("lsmem.txt 1:1: expected the header of lsmem's table (such as RANGE SIZE STATE REMOVABLE"
                + " BLOCK) here; save the output of lsmem or lsmem --output RANGE,SIZE,STATE,REMOVABLE,BLOCK,NODE,ZONES,"
                + " without --noheadings, --json, --pairs or --raw"), located(fromLsmem(noHeader)));
        assertEquals(List.of("lsmem.txt 1:24: unknown lsmem column REMOVEABLE; did you mean REMOVABLE?; lsmem's columns"
                + " are RANGE, SIZE, STATE, REMOVABLE, BLOCK, NODE, ZONES"),
                located(fromLsmem("RANGE     SIZE   STATE REMOVEABLE BLOCK\n")));
        assertEquals(List.of("lsmem.txt 1:1: the table has no BLOCK column; lsmem prints it by default, or list it in"
                + " --output"), located(fromLsmem("RANGE SIZE STATE\n")));
        assertEquals(List.of("lsmem.txt 1:1: this file is empty; write lsmem's output to it (lsmem > FILE)"),
                located(fromLsmem("\n")));
    }

    @Test
    void tooManyBlocksForTheLanguage() throws IOException {
        String big = """
                BLOCK   STATE
                0-4095  online
                 4096  offline
                Memory block size: 128M
                """;
        assertEquals(List.of("lsmem.txt 3:2: blocks 4096 are beyond the language's limit: block numbers run from 0 to"
                + " 4095; keep the rows the scenario needs"), located(fromLsmem(big)));
    }
}
