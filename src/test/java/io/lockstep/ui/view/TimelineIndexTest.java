package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.explore.RandomScheduler;
import io.lockstep.trace.Trace;
import io.lockstep.trace.TraceRecorder;
import io.lockstep.ui.view.TimelineIndex.Kind;
import io.lockstep.ui.view.TimelineIndex.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimelineIndexTest {
    private static int instance(Program p, String name) {
        for (int i = 0; i < p.lockInstanceCount(); i++) {
            if (p.lockInstanceName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void theDeadlockShowsHoldsAndWaitsThatNeverEnd() {
        Trace t = Runs.deadlock();
        TimelineIndex index = new TimelineIndex();
        index.sync(t);
        int dl4 = instance(t.program(), "device_lock[4]");
        int mh = instance(t.program(), "mem_hotplug_lock");
        assertEquals(List.of(new Segment(dl4, 21, TimelineIndex.OPEN, 1, Kind.HOLD, 0),
                new Segment(dl4, 22, TimelineIndex.OPEN, 0, Kind.WAIT, 0)), index.segmentsAt(dl4, 25));
        assertEquals(List.of(new Segment(mh, 2, TimelineIndex.OPEN, 0, Kind.HOLD, 0),
                new Segment(mh, 26, TimelineIndex.OPEN, 1, Kind.WAIT, 0)), index.segmentsAt(mh, 26));
        int kernfs = instance(t.program(), "kernfs_mutex");
        assertEquals(List.of(new Segment(kernfs, 11, 14, 0, Kind.HOLD, 0)), index.segmentsAt(kernfs, 13));
        assertEquals(List.of(), index.segmentsAt(kernfs, 14), "released at step 14: not held after it");
        assertTrue(index.activeInstances().length >= 6);
    }

    @Test
    void growingTheIndexStepByStepGivesWhatOneSyncGives() {
        Program p = Runs.program("bench", io.lockstep.ui.bench.BenchScenario.text(64, 3, 2, 120));
        TraceRecorder r = new TraceRecorder(p, null);
        TimelineIndex incremental = new TimelineIndex();
        SplittableRandom random = new SplittableRandom(7);
        RandomScheduler scheduler = new RandomScheduler(3);
        while (r.trace().size() < 2500 && r.enabledMask() != 0) {
            r.step(scheduler.pick(r.state(), r.enabledMask(), r.trace().size() + 1));
            if (random.nextInt(10) == 0) {
                incremental.sync(r.trace());
            }
        }
        incremental.sync(r.trace());
        TimelineIndex whole = new TimelineIndex();
        whole.sync(r.trace());
        for (int inst : whole.activeInstances()) {
            assertEquals(all(whole, inst, r.trace().size()), all(incremental, inst, r.trace().size()));
        }
    }

    @Test
    void aWindowQueryReturnsExactlyTheSegmentsThatOverlapIt() {
        Program p = Runs.program("bench", io.lockstep.ui.bench.BenchScenario.text(64, 3, 2, 400));
        Trace t = new RandomScheduler(11).drive(new TraceRecorder(p, null), 6000);
        TimelineIndex index = new TimelineIndex();
        index.sync(t);
        SplittableRandom random = new SplittableRandom(5);
        for (int inst : index.activeInstances()) {
            List<Segment> every = all(index, inst, t.size());
            for (int k = 0; k < 20; k++) {
                int from = random.nextInt(t.size() + 1);
                int to = from + 1 + random.nextInt(3000);
                List<Segment> expected = every.stream().filter(s -> s.start() < to && s.end() > from).toList();
                List<Segment> got = new ArrayList<>();
                index.forEach(inst, from, to, (s, e, th, kind, slot) -> got.add(new Segment(inst, s, e, th, kind, slot)));
                assertEquals(sorted(expected), sorted(got), "lock " + inst + " window " + from + ".." + to);
            }
        }
    }

    @Test
    void readersOfAnRwsemGetTheirOwnSlots() {
        Program p = Runs.program("bench", io.lockstep.ui.bench.BenchScenario.text(16, 1, 3, 40));
        Trace t = new RandomScheduler(2).drive(new TraceRecorder(p, null), 2000);
        TimelineIndex index = new TimelineIndex();
        index.sync(t);
        int mh = instance(p, "mem_hotplug_lock");
        assertTrue(index.depth(mh, false) >= 2, "readers overlapped at some point");
        for (int s = 0; s <= t.size(); s++) {
            List<Segment> readers = index.segmentsAt(mh, s).stream().filter(x -> x.kind() == Kind.SHARED).toList();
            assertEquals(readers.size(), readers.stream().map(Segment::slot).distinct().count(), "step " + s);
        }
    }

    private static List<Segment> all(TimelineIndex index, int inst, int size) {
        List<Segment> out = new ArrayList<>();
        index.forEach(inst, 0, size + 2, (s, e, th, kind, slot) -> out.add(new Segment(inst, s, e, th, kind, slot)));
        return sorted(out);
    }

    private static List<Segment> sorted(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments);
        out.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::thread)
                .thenComparing(Segment::kind).thenComparingInt(Segment::end));
        return out;
    }
}
