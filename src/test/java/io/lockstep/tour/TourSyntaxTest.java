package io.lockstep.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.SourceFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The tour language (language reference, "Tours"): a valid tour, and each kind of error, every one
 * at its line and column with the line and a caret, the way scenario errors are shown.
 */
class TourSyntaxTest {
    private static final String SCENARIO = "v40-hotadd-vs-udev-deadlock.lks";

    /** A tour over the v4.0 deadlock sample, read from samples/ as a bundled tour reads its scenario. */
    private static TourLoader.Result load(String text) {
        return TourLoader.loadText("t.tour", text, rel -> {
            if (!rel.equals("../" + SCENARIO)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new TourLoader.ScenarioText("samples/" + SCENARIO,
                        SourceFiles.read(Path.of("samples", SCENARIO)), Path.of("samples")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static String tour(String chapters) {
        return "tour \"T\"\nscenario \"../" + SCENARIO + "\"\n" + chapters;
    }

    /** The only error of {@code text}, formatted. */
    private static String error(String text) {
        TourLoader.Result r = load(text);
        assertFalse(r.ok(), "expected an error");
        assertNull(r.tour());
        List<Diagnostic> errors = r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        assertEquals(1, errors.size(), r.report());
        return errors.get(0).format();
    }

    private static final String VALID = tour("""
            chapter "The deadlock" {
              schedule deadlock
              at step 0 { caption "start" highlight thread "probe" highlight block 4 }
              at step 14 {
                caption "the window"
                highlight lane kn_active[4]
                highlight lane mem_hotplug_lock
                question "Which thread?" answer "udev" right "yes" wrong "no"
              }
              at step 26 { caption "deadlock" highlight edge mem_hotplug_lock -> device_lock }
            }
            chapter "The fix" {
              set fix_30467e0b3be = on
              schedule "probe" * 14 "udev" * 6 "probe"
              at step 21 { caption "fixed" }
            }
            """);

    @Test
    void aValidTourIsCheckedAndResolved() {
        TourLoader.Result r = load(VALID);
        assertTrue(r.ok(), r.report());
        CheckedTour t = r.tour();
        assertEquals("T", t.title());
        assertEquals(4, t.stopCount());
        CheckedTour.Chapter first = t.chapters().get(0);
        assertEquals(26, first.schedule().size(), "the shortest deadlock schedule");
        assertEquals(java.util.Set.of(0), first.stops().get(0).highlights().threads());
        assertEquals(java.util.Set.of(4), first.stops().get(0).highlights().blocks());
        assertEquals(java.util.Set.of("kn_active[4]", "mem_hotplug_lock"), first.stops().get(1).highlights().lanes());
        assertEquals(java.util.Set.of("mem_hotplug_lock->device_lock"), first.stops().get(2).highlights().edges());
        CheckedTour.Question q = first.stops().get(1).question();
        assertEquals(1, q.answer());
        assertEquals("yes", q.right());
        assertEquals("no", q.wrong());
        CheckedTour.Chapter fix = t.chapters().get(1);
        assertEquals(java.util.Map.of("fix_30467e0b3be", true), fix.switches());
        assertEquals(21, fix.schedule().size());
        assertEquals(0, fix.schedule().get(20), "probe takes the last step");
    }

    @Test
    void aSyntaxErrorPointsAtItsToken() {
        assertEquals("""
                t.tour:5:11: expected a step number, found 'x'
                      at step x { caption "c" }
                              ^""", error(tour("chapter \"c\" {\n  schedule deadlock\n  at step x { caption \"c\" }\n}\n")));
        assertEquals("""
                t.tour:1:1: expected 'tour "TITLE"' at the start of the tour, found 'tuor'
                    tuor "T"
                    ^""", error("tuor \"T\"\nscenario \"x.lks\"\nchapter \"c\" { schedule deadlock at step 1 { caption \"c\" } }\n"));
        assertTrue(error(tour("chapter \"c\" { schedule deadlock at step 1 { highlight block 4 } }"))
                .contains("expected 'caption \"...\"' first in a stop"));
        assertTrue(error(tour("chapter \"c\" { schedule sometimes at step 1 { caption \"c\" } }"))
                .startsWith("t.tour:3:24: unknown schedule kind 'sometimes'"));
        assertTrue(error(tour("chapter \"c\" { schedule deadlock at step 1 { caption \"c\" highlight colour 4 } }"))
                .contains("highlight a lane, an edge, a block or a thread, not 'colour'"));
        assertTrue(error(tour("chapter \"c\" { schedule deadlock }")).contains("chapter \"c\" has no stops"));
        assertTrue(error(tour("")).contains("a tour needs at least one chapter"));
        assertTrue(error(tour("chapter \"c\" { schedule deadlock at step 1 { caption \"c\" question \"q\" answer \"udev\" "
                + "right \"r\" } }")).contains("expected 'wrong \"...\"'"));
    }

    @Test
    void stepsOutOfOrder() {
        assertEquals("""
                t.tour:6:11: steps must increase within a chapter: this stop is at step 3, after a stop at step 5
                      at step 3 { caption "b" }
                              ^""", error(tour("chapter \"c\" {\n  schedule deadlock\n  at step 5 { caption \"a\" }\n"
                + "  at step 3 { caption \"b\" }\n}\n")));
    }

    @Test
    void errorsInSeveralStopsAreAllReported() {
        TourLoader.Result r = load(tour("chapter \"c\" {\n schedule deadlock\n at step x { caption \"a\" }\n"
                + " at step 2 { caption 3 }\n at step 4 { caption \"ok\" }\n}\n"));
        assertEquals(2, r.diagnostics().size(), r.report());
        assertEquals(5, r.diagnostics().get(0).pos().line());
        assertEquals(6, r.diagnostics().get(1).pos().line());
    }

    @Test
    void unknownNamesOfTheScenario() {
        String stop = "chapter \"c\" {\n  schedule deadlock\n  at step 3 { caption \"c\" %s }\n}\n";
        assertTrue(error(tour(stop.formatted("highlight lane no_such_lock"))).startsWith(
                "t.tour:5:42: unknown lock 'no_such_lock'"), error(tour(stop.formatted("highlight lane no_such_lock"))));
        assertTrue(error(tour(stop.formatted("highlight thread \"kworker\""))).contains(
                "unknown thread \"kworker\": this scenario's threads are \"probe\", \"udev\""));
        assertTrue(error(tour(stop.formatted("highlight block 9"))).contains("block 9 is not in the scenario's memory layout"));
        assertTrue(error(tour(stop.formatted("highlight edge mem_hotplug_lock -> no_lock"))).startsWith(
                "t.tour:5:62: unknown lock class 'no_lock'"));
        assertTrue(error(tour(stop.formatted("highlight edge device_hotplug_lock -> acpi_scan_lock"))).contains(
                "this chapter's run never makes the lock-order edge device_hotplug_lock -> acpi_scan_lock"));
        assertEquals("""
                t.tour:4:7: unknown switch 'patch9': this scenario's model has fix_30467e0b3be
                      set patch9 = on
                          ^""", error(tour("chapter \"c\" {\n  set patch9 = on\n  schedule deadlock\n"
                + "  at step 1 { caption \"c\" }\n}\n")));
        assertTrue(error("tour \"T\"\nscenario \"../nowhere.lks\"\nchapter \"c\" { schedule deadlock at step 1 { caption \"c\" } }")
                .startsWith("t.tour:2:10: cannot find the scenario \"../nowhere.lks\""));
        assertTrue(error("tour \"T\"\nscenario \"../" + SCENARIO + "\" release \"v9.9\"\nchapter \"c\" { schedule deadlock"
                + " at step 1 { caption \"c\" } }").contains("unknown release \"v9.9\""));
    }

    @Test
    void aStepBeyondTheSchedule() {
        assertEquals("""
                t.tour:5:3: step 27 is beyond this chapter's schedule, which has 26 steps
                      at step 27 { caption "too far" }
                      ^""", error(tour("chapter \"c\" {\n  schedule deadlock\n  at step 27 { caption \"too far\" }\n}\n")));
    }

    @Test
    void schedulesThatCannotBeFoundOrReplayed() {
        assertTrue(error(tour("chapter \"c\" { schedule race at step 1 { caption \"c\" } }"))
                .contains("no interleaving of this chapter's model shows a race"));
        assertTrue(error(tour("chapter \"c\" { schedule \"probe\" \"kworker\" at step 1 { caption \"c\" } }"))
                .startsWith("t.tour:3:32: unknown thread \"kworker\""));
        // udev is blocked on mem_hotplug_lock after step 20 of this run (the fix is on): it cannot take step 21.
        assertTrue(error(tour("chapter \"c\" { set fix_30467e0b3be = on schedule \"probe\" * 14 \"udev\" * 7"
                + " at step 1 { caption \"c\" } }")).contains("\"udev\" cannot take step 21 of this schedule"));
    }

    @Test
    void aQuestionWhoseAnswerCannotStepThere() {
        String q = "chapter \"c\" {\n  schedule deadlock\n  at step %d { caption \"c\"\n    question \"q\" answer \"%s\""
                + " right \"r\" wrong \"w\" }\n%s}\n";
        // After step 22 probe waits for device_lock(4): it cannot be the answer.
        assertEquals("""
                t.tour:6:25: "probe" cannot step at step 22 (it is blocked at: lock device_lock[4]), so it cannot be the right answer
                        question "q" answer "probe" right "r" wrong "w" }
                                            ^""", error(tour(q.formatted(22, "probe", ""))));
        assertTrue(error(tour(q.formatted(14, "nobody", ""))).contains("unknown thread \"nobody\""));
        // probe can step at 14, but the schedule takes udev next and a later stop follows it.
        assertTrue(error(tour(q.formatted(14, "probe", "  at step 20 { caption \"later\" }\n")))
                .contains("the later stops follow the schedule, which takes \"udev\" after step 14"));
        assertTrue(load(tour(q.formatted(14, "probe", ""))).ok(), "at a chapter's last stop any thread that can step may be the answer");
    }

    @Test
    void aScenarioWithErrorsIsReportedAtTheTourAndInTheScenario() {
        TourLoader.Result r = TourLoader.loadText("t.tour", tour("chapter \"c\" { schedule deadlock at step 1 { caption"
                + " \"c\" } }"), rel -> Optional.of(new TourLoader.ScenarioText("broken.lks", "scenario \"x\"\nthread \"t\" {"
                + " lock nope }\n", null)));
        assertFalse(r.ok());
        assertTrue(r.report().startsWith("t.tour:2:10: the scenario \"../" + SCENARIO + "\" has 1 error(s)"), r.report());
        assertTrue(r.report().contains("broken.lks:2:19: unknown lock nope"), r.report());
    }

    @Test
    void hostileInputGivesMessagesNotExceptions() {
        for (String text : List.of("", "\u0000\u0001", "tour", "tour \"t\" scenario", "chapter {{{{{{", "}}}}",
                tour("chapter \"c\" { schedule \"probe\" * 0 at step 1 { caption \"c\" } }"),
                tour("chapter \"c\" { schedule deadlock at step 99999999999 { caption \"c\" } }"))) {
            TourLoader.Result r = load(text);
            assertFalse(r.ok(), text);
            assertFalse(r.diagnostics().isEmpty(), text);
            r.diagnostics().forEach(d -> assertTrue(d.pos().line() >= 0, d.format()));
        }
    }
}
