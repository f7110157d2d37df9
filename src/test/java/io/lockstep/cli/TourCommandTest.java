package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep tour}: a valid tour prints its schedule with the stops; a bad one its positioned errors, exit 2. */
class TourCommandTest {
    @TempDir
    Path dir;

    @Test
    void aBundledTourPrintsItsStopsWhereTheyFall() {
        CheckCommandTest.Result r = CheckCommandTest.run("tour", "samples/tours/deadlock-2015.tour");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("samples/tours/deadlock-2015.tour: \"The 2015 deadlock, and why lockdep never saw it\","
                + " 3 chapter(s), 13 stops: valid"), r.out());
        assertTrue(r.out().contains("    22  probe:         lock device_lock[4]\n        >> stop at step 22: "), r.out());
        assertTrue(r.out().contains("[question, answer \"udev\"]"), r.out());
    }

    @Test
    void aBadTourGivesItsErrorsAndExit2() throws IOException {
        Path bad = dir.resolve("bad.tour");
        Files.writeString(bad, "tour \"t\"\nscenario \"missing.lks\"\nchapter \"c\" { schedule deadlock at step 1 { caption \"c\" } }\n");
        CheckCommandTest.Result r = CheckCommandTest.run("tour", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.tour:2:10: cannot find the scenario \"missing.lks\" (it is read relative to the tour's folder)\n    scenario \"missing.lks\"\n             ^"),
                r.err());
    }
}
