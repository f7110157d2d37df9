package io.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.event.LockOrderEdge;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explorer's union of lock-order edges: every edge any run makes is in it, and the edge it
 * marks as closing an inversion is the one the inversion's shortest schedule makes last.
 */
class LockOrderUnionTest {
    static Stream<Path> samples() throws IOException {
        return io.lockstep.engine.Scenarios.sampleFiles();
    }

    static Program program(Path file) {
        return io.lockstep.engine.Scenarios.compileFile(file);
    }

    private static List<LockOrderEdge> edgesOf(Trace t) {
        List<LockOrderEdge> out = new ArrayList<>();
        t.forEachEvent(0, t.size(), e -> {
            if (e instanceof LockOrderEdge o) {
                out.add(o);
            }
        });
        return out;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEdgeOfARunIsInTheUnionAndClosingEdgesCloseTheShortestSchedules(Path file) {
        Program p = program(file);
        ExplorationResult r = new Explorer(p).explore(Limits.DEFAULT, Progress.NONE);
        assertTrue(r.complete(), file + ": " + r.stopReason());
        Set<String> union = new TreeSet<>();
        r.lockOrder().forEach(e -> union.add(e.from() + "->" + e.to()));
        for (long seed = 1; seed <= 20; seed++) {
            Trace t = new RandomScheduler(seed).drive(new TraceRecorder(p, null), 10_000);
            for (LockOrderEdge e : edgesOf(t)) {
                assertTrue(union.contains(e.from() + "->" + e.to()), file + " seed " + seed + ": " + e);
            }
        }
        for (Found f : r.findings()) {
            if (!(f.finding() instanceof Finding.Inversion inv)) {
                continue;
            }
            Trace t = new ReplayScheduler(f.schedule()).drive(new TraceRecorder(p, null), f.schedule().size());
            LockOrderEdge closing = closingEdge(t, inv);
            assertTrue(r.lockOrder().contains(new ClassEdge(closing.from(), closing.to(), true)),
                    file + ": " + inv.summary() + " closed by " + closing.from() + "->" + closing.to() + " in "
                            + r.lockOrder());
        }
    }

    /** The last edge made before the inversion was reported, in the step that reported it. */
    static LockOrderEdge closingEdge(Trace t, Finding.Inversion inv) {
        return io.lockstep.engine.Scenarios.closingEdge(t, inv);
    }

    @Test
    void theHeadlineDeadlockHasBothOrdersAndModesAreRecorded() {
        Program p = program(Path.of("samples", "v40-hotadd-vs-udev-deadlock.lks"));
        ExplorationResult r = new Explorer(p).explore(Limits.DEFAULT, Progress.NONE);
        List<String> pairs = r.lockOrder().stream().map(e -> e.from() + "->" + e.to()).toList();
        assertTrue(pairs.contains("mem_hotplug_lock->device_lock"), pairs::toString);
        assertTrue(pairs.contains("device_lock->mem_hotplug_lock"), pairs::toString);
        assertEquals(1, r.lockOrder().stream().filter(ClassEdge::closesCycle).count(), r.lockOrder()::toString);

        Program race = program(Path.of("samples", "v418-online-attr-vs-probe-race.lks"));
        Trace t = new RandomScheduler(3).drive(new TraceRecorder(race, null), 10_000);
        LockOrderEdge cpuToMem = edgesOf(t).stream()
                .filter(e -> e.from().equals("cpu_hotplug_lock") && e.to().equals("mem_hotplug_lock")).findFirst()
                .orElseThrow();
        assertTrue(cpuToMem.heldForReading(), "cpus_read_lock() is a read lock");
        assertFalse(cpuToMem.takenForReading(), "mem_hotplug_begin() takes mem_hotplug_lock for writing");
    }
}
