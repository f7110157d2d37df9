package io.lockstep.explore;

import io.lockstep.engine.Detectors;
import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.engine.StateCodec;
import io.lockstep.event.Finding;
import java.util.HashSet;
import java.util.Set;

/**
 * One exploring thread's work: expands runs of stored states into {@link Batch}es. It has its own
 * engine, detectors and collector (they keep scratch space), and remembers which findings it has
 * already met so that it builds each one once. Those memories only drop a finding this thread met
 * in an earlier batch, and a thread takes its batches in increasing order, so the batch the
 * finding came first in still carries it: the merged result is the one-threaded search's.
 */
final class BatchExpander {
    private final Program program;
    private final Engine engine;
    private final Detectors detectors;
    private final StateCodec codec;
    private final CompactStore store;
    private final LockGraphs graphs;
    private final StepCollector collector;
    private final Set<Long> seenDeadlocks = new HashSet<>();
    private final Set<String> seenRaces = new HashSet<>();
    private final Set<String> seenFindings = new HashSet<>();
    private final int[] where = new int[3];

    /** The partial-order reduction, when the search applies it (it keeps scratch space: one per thread). */
    private final Reduction reduction;

    BatchExpander(Program program, StateCodec codec, CompactStore store, LockGraphs graphs, boolean reduce) {
        this.graphs = graphs;
        this.program = program;
        this.engine = new Engine(program);
        this.detectors = new Detectors(engine);
        this.codec = codec;
        this.store = store;
        this.collector = new StepCollector(program);
        this.reduction = reduce ? new Reduction(engine) : null;
    }

    /** Expands states {@code [from, to)}; {@code depths} gives each one's depth. */
    Batch expand(int from, int to, FrontierSearch.Depths depths) {
        Batch batch = new Batch(from, to);
        expandInto(batch, depths);
        batch.newEdges = collector.takeNewEdges();
        return batch;
    }

    private void expandInto(Batch batch, FrontierSearch.Depths depths) {
        int from = batch.from;
        int to = batch.to;
        int threads = program.threadCount();
        for (int id = from; id < to; id++) {
            store.locate(id, where);
            MachineState ms = MachineState.adopt(program, codec.decode(store.chunk(where[0]), where[1], where[2], graphs::get));
            int graphId = -1; // the state's graph's number, looked up when a successor keeps the graph
            int depth = depths.of(id);
            checkState(ms, id, batch);
            int expand = -1; // the threads to expand: all, unless the reduction picks one
            if (reduction != null) {
                expand = reduction.expand(ms, engine.enabledMask(ms));
                for (Finding.Deadlock dl : reduction.hiddenDeadlocks(ms)) {
                    if (seenFindings.add(dl.key())) {
                        batch.findings.add(new Batch.Met(dl.key(), dl, null, id, new int[0], -1));
                    }
                }
            }
            for (int t = 0; t < threads; t++) {
                if ((expand & (1 << t)) == 0 || !engine.isEnabled(ms, t)) {
                    continue;
                }
                MachineState next = ms.copy();
                collector.takeEdgeChanges();
                boolean ok = engine.step(next, t, depth + 1, collector);
                boolean newGraph = collector.takeEdgeChanges();
                batch.transitions++;
                if (collector.any()) {
                    takeFindings(batch, id, t);
                }
                if (!ok) {
                    continue;
                }
                int[] words = next.wordsView();
                if (words.length > Explorer.MAX_STATE_WORDS) {
                    batch.stop = BaselineExplorer.tooWide(words.length);
                    return;
                }
                batch.reserve(StateCodec.maxBytes(words.length));
                int successorGraph;
                if (newGraph) {
                    successorGraph = graphs.idOf(codec.graphOf(words));
                } else {
                    if (graphId < 0) {
                        graphId = graphs.idOf(codec.graphOf(ms.wordsView()));
                    }
                    successorGraph = graphId;
                }
                int end = codec.encode(words, batch.bytes, batch.fill, successorGraph);
                if (end - batch.fill > CompactStore.MAX_BYTES) {
                    batch.stop = BaselineExplorer.tooWide(words.length);
                    return;
                }
                batch.successor(end, CompactStore.hash(batch.bytes, batch.fill, end - batch.fill), id, t);
            }
        }
    }

    /** The state's own findings, as the one-threaded search checks them: deadlock, races, final accounting. */
    private void checkState(MachineState ms, int id, Batch batch) {
        long signature = detectors.deadlockSignature(ms);
        if (signature != 0 && seenDeadlocks.add(signature)) {
            Finding.Deadlock dl = detectors.deadlock(ms);
            if (dl != null && seenFindings.add(dl.key())) {
                batch.findings.add(new Batch.Met(dl.key(), dl, null, id, new int[0], -1));
            }
        }
        for (Detectors.Conflict c : detectors.conflicts(ms)) {
            if (seenRaces.add(c.place())) {
                batch.findings.add(new Batch.Met("race " + c.place(), null, c, id, new int[] {c.first(), c.second()}, -1));
            }
        }
        for (Finding.Violation v : detectors.finalViolations(ms)) {
            if (seenFindings.add(v.key())) {
                batch.findings.add(new Batch.Met(v.key(), v, null, id, new int[0], -1));
            }
        }
    }

    private void takeFindings(Batch batch, int id, int t) {
        for (int i = 0; i < collector.pending().size(); i++) {
            Finding f = collector.pending().get(i);
            String key = f.key();
            if (seenFindings.add(key)) {
                batch.findings.add(new Batch.Met(key, f, null, id, new int[] {t}, collector.pendingEdge(i)));
            }
        }
        collector.clearPending();
    }
}
