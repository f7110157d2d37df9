package io.lockstep.ui.compare;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Found;
import io.lockstep.explore.Progress;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.Loaded;
import io.lockstep.ui.vm.ModelVariant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The work behind a comparison, plain Java and run off the FX thread: load and compile both
 * models, record both runs, explore both sides. What it learns goes to a {@link Listener} in this
 * order: {@code runs} (at once when the schedule is known, else after exploring), {@code explored},
 * or {@code failed} instead of either. It polls {@code cancelled} between phases and inside each
 * exploration.
 */
public final class CompareJob {

    /** Receives the job's news, on the job's thread. */
    public interface Listener {
        void progress(String text);

        void runs(ComparedRuns runs);

        void explored(ExploredSide left, ExploredSide right, ModelContrast contrast);

        void failed(String message);
    }

    private final CompareRequest request;
    private final Listener listener;
    private final BooleanSupplier cancelled;

    public CompareJob(CompareRequest request, Listener listener, BooleanSupplier cancelled) {
        this.request = request;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    public void run() {
        ModelVariant rightVariant = request.effectiveRight();
        Program left = compile(request.left(), "the left");
        Program right = left == null ? null : compile(rightVariant, "the right");
        if (right == null || cancelled.getAsBoolean()) {
            return;
        }
        boolean runsFirst = request.shortestOf() == null;
        if (runsFirst) {
            int n = request.schedule().size();
            String origin = n == 0 ? "the lowest runnable thread at every step"
                    : "the window's run (" + n + " step" + (n == 1 ? "" : "s") + "), then each its lowest runnable thread";
            listener.runs(ComparedRuns.record(request.left(), left, rightVariant, right, request.schedule(), origin));
        }
        ExploredSide l = explore(left, SideRun.label(left.scenario()));
        ExploredSide r = l == null ? null : explore(right, SideRun.label(right.scenario()));
        if (r == null) {
            return;
        }
        if (!runsFirst) {
            listener.runs(pickAndRecord(request.left(), left, l, rightVariant, right, r));
        }
        listener.explored(l, r, ModelContrast.of(l, r));
    }

    private ComparedRuns pickAndRecord(ModelVariant lv, Program left, ExploredSide l, ModelVariant rv, Program right,
            ExploredSide r) {
        Finding.Kind kind = request.shortestOf();
        Optional<Found> fromLeft = l.shortest(kind);
        Optional<Found> fromRight = r.shortest(kind);
        List<Integer> schedule;
        String origin;
        if (fromLeft.isPresent()) {
            schedule = fromLeft.get().schedule();
            origin = "the shortest " + kind.words + " under " + SideRun.label(left.scenario());
        } else if (fromRight.isPresent()) {
            schedule = fromRight.get().schedule();
            origin = "the shortest " + kind.words + " under " + SideRun.label(right.scenario());
        } else {
            schedule = List.of();
            origin = "no " + kind.words + " on either side, so both run the lowest runnable thread";
        }
        return ComparedRuns.record(lv, left, rv, right, schedule, origin);
    }

    private Program compile(ModelVariant variant, String side) {
        Loaded loaded = variant.load(request.source());
        if (!loaded.ok()) {
            Diagnostic first = loaded.errors().get(0);
            listener.failed("Cannot load " + request.source().shortName() + " under " + variant.describe() + " ("
                    + side + " side): " + first.message());
            return null;
        }
        try {
            return Program.compile(loaded.scenario(), request.checkRules());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            listener.failed("Cannot compile " + request.source().shortName() + " under " + variant.describe() + ": " + e);
            return null;
        }
    }

    private ExploredSide explore(Program program, String label) {
        Progress progress = new Progress() {
            @Override
            public void update(long states, long transitions, long frontier, int depth) {
                listener.progress("Exploring " + label + ": " + String.format("%,d", states) + " states");
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        };
        try {
            ExplorationResult result = new Explorer(program).explore(request.limits(), progress);
            if (cancelled.getAsBoolean()) {
                return null;
            }
            return cancelled.getAsBoolean() ? null : new ExploredSide(result);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            listener.failed("Exploring " + label + " failed (" + e + "); please report it.");
            return null;
        }
    }
}
