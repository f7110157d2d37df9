package io.lockstep.explore;

import io.lockstep.engine.Engine;
import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.engine.StateCodec;
import io.lockstep.event.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The breadth-first search on every core, with the one-threaded search's result. States are
 * expanded in batches of consecutive ids by a pool of threads (each with its own engine), and the
 * batches are merged into the visited set on the calling thread strictly in id order: new states
 * get the ids, parents and depths a one-threaded search gives them, and findings are recorded
 * first-come in that order. So the output is the same byte for byte whatever the thread count; only
 * the time differs. With one thread, or while the frontier is too narrow to share, the calling
 * thread expands the batches itself.
 *
 * <p>The visited set is a {@link CompactStore} of {@link StateCodec} bytes. Each state's depth is
 * not stored: ids are in breadth-first order, so the first id of each depth is enough.
 */
final class FrontierSearch {
    /** States per batch: small enough to keep every thread busy near a narrow frontier. */
    static final int BATCH = 32;

    private final Program program;
    private final int threads;
    private final StateCodec codec;
    /** Whether each expanding thread applies the partial-order {@link Reduction}. */
    private final boolean reduce;
    /** For a targeted search ({@link ShortestSchedules}): stop once all of these are found; null for none. */
    private final java.util.Set<String> goal;
    /** For a targeted search: expand no state deeper than this. */
    private final int depthBound;
    /** States per batch ({@link #BATCH}; the tests make it smaller, so that small spaces are shared out too). */
    private final int batch;
    /** How many batches the last {@link #explore} handed to the pool (the tests check the pool did work). */
    private long pooledBatches;

    /** The search of every state. */
    FrontierSearch(Program program, int threads) {
        this(program, threads, false, null, Integer.MAX_VALUE);
    }

    FrontierSearch(Program program, int threads, boolean reduce, java.util.Set<String> goal, int depthBound) {
        this(program, threads, reduce, goal, depthBound, BATCH);
    }

    FrontierSearch(Program program, int threads, boolean reduce, java.util.Set<String> goal, int depthBound, int batch) {
        this.program = program;
        this.threads = threads;
        this.codec = new StateCodec(program);
        this.reduce = reduce;
        this.goal = goal;
        this.depthBound = depthBound;
        this.batch = batch;
    }

    long pooledBatches() {
        return pooledBatches;
    }

    /** The first id of each depth, so a state's depth needs no word of its own. */
    static final class Depths {
        private int[] firstId = new int[64];
        private int count;

        int of(int id) {
            int at = Arrays.binarySearch(firstId, 0, count, id);
            return at >= 0 ? at : -at - 2;
        }

        /** The first id deeper than {@code depth}, or the largest int when there is none yet. */
        int firstIdDeeperThan(int depth) {
            return depth < count - 1 ? firstId[depth + 1] : Integer.MAX_VALUE;
        }

        void add(int id, int depth) {
            if (depth == count) {
                if (count == firstId.length) {
                    firstId = Arrays.copyOf(firstId, count * 2);
                }
                firstId[count++] = id;
            }
        }

        /**
         * A view for an exploring thread, taken when a batch is handed out (the hand-over publishes
         * it). It shares the array: entries below its count are never written again, and a grown array
         * is a new one, so the view reads what it was given however the search goes on.
         */
        Depths snapshot() {
            Depths d = new Depths();
            d.firstId = firstId;
            d.count = count;
            return d;
        }
    }

    ExplorationResult explore(Limits limits, Progress progress, long sinceNanos) {
        long started = System.nanoTime();
        long deadline = sinceNanos + Math.min(limits.timeout().toNanos(), Long.MAX_VALUE / 4);
        long maxStates = Math.min(limits.maxStates(), Explorer.MAX_STATES);
        Map<String, Found> found = new LinkedHashMap<>();
        StepCollector summary = new StepCollector(program);
        MachineState init = new Engine(program).initialState(summary);
        summary.drainInto(found, List.of());
        if (init == null) {
            return new ExplorationResult(0, 0, 0, System.nanoTime() - started, 0, true, null, new ArrayList<>(found.values()),
                    summary.lockOrder());
        }
        if (init.words().length > Explorer.MAX_STATE_WORDS) {
            return new ExplorationResult(0, 0, 0, System.nanoTime() - started, 0, false,
                    BaselineExplorer.tooWide(init.words().length), List.of());
        }
        CompactStore store = new CompactStore();
        LockGraphs graphs = new LockGraphs();
        byte[] first = new byte[StateCodec.maxBytes(init.words().length)];
        int firstEnd = codec.encode(init.wordsView(), first, 0, graphs.idOf(codec.graphOf(init.wordsView())));
        store.addIfNew(first, 0, firstEnd, CompactStore.hash(first, 0, firstEnd));
        Merge merge = new Merge(store, found, summary);
        merge.depths.add(0, 0);
        // The calling thread merges, and expands too whenever the pool keeps it waiting: threads - 1 in the pool.
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
            Thread th = new Thread(r, "lockstep-explore");
            th.setDaemon(true);
            return th;
        }) : null;
        // One expander per pool thread (it keeps scratch space and what it has met); none outlives the pool.
        // Each takes its batches in id order (the pool's queue is first in, first out), which is what
        // lets a batch carry only the edges its expander had not seen before (Batch#newEdges).
        BatchExpander inline = new BatchExpander(program, codec, store, graphs, reduce);
        ThreadLocal<BatchExpander> perThread =
                ThreadLocal.withInitial(() -> new BatchExpander(program, codec, store, graphs, reduce));
        String stopReason = null;
        MemoryWatch memory = new MemoryWatch();
        ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
        int handedOut = 0;
        int inPool = 0; // batches handed to the pool and not merged yet: enough to keep it busy
        long sinceCheck = 0;
        try {
            while (true) {
                int available = (int) Math.min(Math.min(store.size(), maxStates), merge.depths.firstIdDeeperThan(depthBound));
                // A narrow frontier stays on this thread: a hand-over to the pool would cost more than the work.
                if (pool != null && (!inFlight.isEmpty() || available - handedOut >= 2 * batch * threads)) {
                    while (handedOut < available && inPool < 4 * threads) {
                        int from = handedOut;
                        int to = Math.min(available, from + batch);
                        Depths depths = merge.depths.snapshot();
                        handedOut = to;
                        inFlight.add(pool.submit(() -> perThread.get().expand(from, to, depths)));
                        inPool++;
                        pooledBatches++;
                    }
                }
                if (handedOut < available && (inFlight.isEmpty() || !inFlight.peek().isDone())) {
                    // Rather than wait for the pool, expand the next batch here; it queues behind those in flight.
                    int from = handedOut;
                    handedOut = Math.min(available, from + batch);
                    inFlight.add(CompletableFuture.completedFuture(inline.expand(from, handedOut, merge.depths)));
                    if (inFlight.size() > 1) {
                        continue;
                    }
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Future<Batch> head = inFlight.poll();
                if (!(head instanceof CompletableFuture)) {
                    inPool--;
                }
                Batch batch = await(head);
                stopReason = merge.add(batch);
                if (stopReason != null || goal != null && found.keySet().containsAll(goal)) {
                    break;
                }
                sinceCheck += batch.to - batch.from;
                if (sinceCheck >= BaselineExplorer.CHECK_EVERY) {
                    sinceCheck = 0;
                    progress.update(store.size(), merge.transitions, store.size() - batch.to, merge.maxDepth);
                    stopReason = BaselineExplorer.stopReason(limits, progress, deadline, memory);
                    if (stopReason != null) {
                        break;
                    }
                }
            }
        } finally {
            if (pool != null) {
                inFlight.forEach(f -> f.cancel(true));
                pool.shutdownNow();
            }
        }
        if (stopReason == null && store.size() > maxStates) {
            stopReason = Limits.stateLimitReached(maxStates);
        }
        progress.update(store.size(), merge.transitions, 0, merge.maxDepth);
        return new ExplorationResult(store.size(), merge.transitions, merge.maxDepth, System.nanoTime() - started,
                store.bytes() + graphs.bytes(), stopReason == null, stopReason, new ArrayList<>(found.values()), summary.lockOrder(),
                reduce);
    }

    private static Batch await(Future<Batch> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the exploration was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The calling thread's side: the visited set, parents, depths and findings, fed batches in id order. */
    private final class Merge {
        final CompactStore store;
        final Map<String, Found> found;
        final StepCollector summary;
        final Depths depths = new Depths();
        int[] parent = new int[1 << 16];
        byte[] via = new byte[1 << 16];
        long transitions;
        int maxDepth;

        Merge(CompactStore store, Map<String, Found> found, StepCollector summary) {
            this.store = store;
            this.found = found;
            this.summary = summary;
            parent[0] = -1;
        }

        /** Merges one batch; returns why the search must stop, or null. */
        String add(Batch batch) {
            transitions += batch.transitions;
            maxDepth = Math.max(maxDepth, depths.of(batch.to - 1));
            summary.addEdges(batch.newEdges);
            for (Batch.Met m : batch.findings) {
                if (found.containsKey(m.key())) {
                    continue;
                }
                List<Integer> schedule = BaselineExplorer.schedule(parent, via, m.state(), m.then());
                found.put(m.key(), new Found(m.race() == null ? m.finding() : race(m, schedule), schedule));
                if (m.edge() >= 0) {
                    summary.markClosingPair(m.edge());
                }
            }
            for (int i = 0; i < batch.successors; i++) {
                int id = store.addIfNew(batch.bytes, batch.start(i), batch.ends[i], batch.hashes[i]);
                if (id < 0) {
                    continue;
                }
                if (id == parent.length) {
                    int grown = (int) Math.min(2L * id, Explorer.MAX_STATES + 1);
                    parent = Arrays.copyOf(parent, grown);
                    via = Arrays.copyOf(via, grown);
                }
                parent[id] = batch.parents[i];
                via[id] = batch.threads[i];
                depths.add(id, depths.of(batch.parents[i]) + 1);
            }
            return batch.stop;
        }

        private Finding.Race race(Batch.Met m, List<Integer> schedule) {
            int step = schedule.size() - 1;
            var c = m.race();
            return new Finding.Race(c.place(),
                    new Finding.Access(program.threadLabel(c.first()), step, c.firstWrites(), null, null),
                    new Finding.Access(program.threadLabel(c.second()), step + 1, c.secondWrites(), null, null));
        }
    }
}
