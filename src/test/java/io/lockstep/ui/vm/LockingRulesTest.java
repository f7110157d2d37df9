package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.explore.ReplayScheduler;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented rules of each release, and how a step stands with them. */
class LockingRulesTest {
    private static Trace run(String release, int steps) {
        var loaded = ScenarioLoader.load(Path.of("samples", "v40-hotadd-vs-udev-deadlock.lks"), release);
        Program p = Program.compile(loaded.scenario(), true);
        return new ReplayScheduler(java.util.Collections.nCopies(steps, 0)).drive(new TraceRecorder(p, null), steps);
    }

    private static LockingRules.Rule addRemove(String release) {
        List<LockingRules.Rule> documented = List.copyOf(LockingRules.of(release).values()).get(
                LockingRules.of(release).size() - 1);
        return documented.get(0);
    }

    @Test
    void v420DocumentsTheSeriesRulesAndV40ListsItsOwnCommentsFirst() {
        assertEquals(List.of("The rules v4.20 documents"), List.copyOf(LockingRules.of("v4.20").keySet()));
        assertEquals(4, LockingRules.of("v4.20").get("The rules v4.20 documents").size());
        assertEquals(List.of("What v4.0's code comments claim", "The rules v4.20 documents (checked here too)"),
                List.copyOf(LockingRules.of("v4.0").keySet()));
    }

    @Test
    void v40sProbeBreaksTheAddRuleAndV420sFollowsIt() {
        // v4.0: the probe file adds memory without device_hotplug_lock, before its first step.
        assertEquals(LockingRules.Standing.BROKEN, LockingRules.standing(run("v4.0", 0), 0, addRemove("v4.0")));
        // v4.20: probe_store takes device_hotplug_lock (step 1), then __add_memory checks the rule.
        Trace t = run("v4.20", 6);
        boolean followed = false;
        for (int s = 0; s <= t.size(); s++) {
            LockingRules.Standing st = LockingRules.standing(t, s, addRemove("v4.20"));
            assertTrue(st != LockingRules.Standing.BROKEN, "step " + s);
            followed |= st == LockingRules.Standing.FOLLOWED;
        }
        assertTrue(followed, "some step of the v4.20 probe checks and follows the add rule");
        assertNull(LockingRules.standing(t, 0, LockingRules.of("v4.20").get("The rules v4.20 documents").get(3)),
                "the reader rule is checked only by a reader");
    }

    /** Every assert_held ... rule message of a model, in every branch of every proc. */
    private static List<String> ruleMessages(String release) {
        var m = io.lockstep.lang.BundledModel.load(release).orElseThrow();
        List<String> out = new java.util.ArrayList<>();
        for (String name : m.procNames()) {
            collect(m.proc(name).orElseThrow().body(), out);
        }
        return out;
    }

    private static void collect(List<io.lockstep.model.Stmt> body, List<String> out) {
        for (io.lockstep.model.Stmt s : body) {
            if (s instanceof io.lockstep.model.Stmt.AssertHeld a && a.rule()) {
                out.add(a.message());
            } else if (s instanceof io.lockstep.model.Stmt.If i) {
                collect(i.then(), out);
                collect(i.otherwise(), out);
            } else if (s instanceof io.lockstep.model.Stmt.TryLock t) {
                collect(t.otherwise(), out);
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"v4.0", "v4.18", "v4.20", "v6.14"})
    void everyCheckedRuleIsCheckedBySomeAssertionOfThatReleasesModel(String release) {
        List<String> messages = ruleMessages(release);
        for (List<LockingRules.Rule> group : LockingRules.of(release).values()) {
            for (LockingRules.Rule rule : group) {
                if (!rule.checkWords().isEmpty()) {
                    assertTrue(messages.stream().anyMatch(rule::tests), release + ": nothing checks " + rule.text());
                }
            }
        }
        // Each check lights the rules it is meant for, and no check of a comment lights a documented rule by accident.
        for (String message : messages) {
            long lit = LockingRules.of(release).values().stream().flatMap(List::stream).filter(r -> r.tests(message)).count();
            assertTrue(lit >= 1 && lit <= 2, release + ": " + message + " lights " + lit + " rules");
        }
    }

    @Test
    void v420AndV614CiteTheirOwnDocumentAndV614ListsOnlyTheSeriesRules() {
        assertTrue(LockingRules.of("v4.20").get("The rules v4.20 documents").get(0).source()
                .startsWith("Documentation/admin-guide/mm/memory-hotplug.rst"));
        assertEquals(List.of("The rules v6.14 documents"), List.copyOf(LockingRules.of("v6.14").keySet()));
        assertTrue(LockingRules.of("v6.14").get("The rules v6.14 documents").get(3).source()
                .startsWith("Documentation/core-api/memory-hotplug.rst"));
    }

    @Test
    void aBrokenRuleAndAFollowedOneWearDifferentBadges() {
        assertTrue(LockingRules.Standing.BROKEN.badge.contains("broken"));
        assertTrue(LockingRules.Standing.FOLLOWED.badge.contains("followed"));
    }
}
