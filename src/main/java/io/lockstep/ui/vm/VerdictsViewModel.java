package io.lockstep.ui.vm;

import io.lockstep.engine.Program;
import io.lockstep.event.Finding;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Found;
import io.lockstep.explore.Verdict;
import io.lockstep.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The verdicts of the scenario on screen: every interleaving is explored in the background as
 * soon as a scenario (or a release) is loaded, and the badges and expect lines say what that
 * found. "Find a deadlock" (and the other kinds) loads the shortest schedule that shows it into
 * the run, to replay step by step; asked before the exploration is done, it waits for it.
 */
public final class VerdictsViewModel {
    /** The badges, in the order a reader meets them; runtime errors get one only when reachable. */
    public static final List<Finding.Kind> BADGE_KINDS = List.of(Finding.Kind.DEADLOCK, Finding.Kind.INVERSION,
            Finding.Kind.GUARDED_INVERSION, Finding.Kind.RACE, Finding.Kind.VIOLATION);

    private final ExplorationService explorer;
    private final Consumer<String> status;
    private final BiConsumer<Found, String> replay;

    private long exploration = -1;
    private Program program;
    private Scenario scenario;
    private String release = "";
    /** The model the file's expect lines were written for, when the run uses another one; else null. */
    private String writtenFor;
    private ExplorationResult result;
    private Finding.Kind pendingFind;
    private Set<Finding.Kind> seen = Set.of();

    private final ObservableList<Badge> badges = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would drop its listeners when collected. */
    private final ObservableList<Badge> badgesView = FXCollections.unmodifiableObservableList(badges);
    private final ObservableList<ExpectRow> expectations = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would drop its listeners when collected. */
    private final ObservableList<ExpectRow> expectationsView = FXCollections.unmodifiableObservableList(expectations);
    private final ReadOnlyBooleanWrapper exploring = new ReadOnlyBooleanWrapper(this, "exploring");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");

    /** {@code replay} loads a found schedule into the run, with a label for where it came from. */
    public VerdictsViewModel(ExplorationService explorer, Consumer<String> status, BiConsumer<Found, String> replay) {
        this.explorer = explorer;
        this.status = status;
        this.replay = replay;
    }

    public ObservableList<Badge> badges() {
        return badgesView;
    }

    public ObservableList<ExpectRow> expectations() {
        return expectationsView;
    }

    /** The model the expect lines were written for when the run uses another one, else null. */
    public String expectsWrittenFor() {
        return writtenFor;
    }

    /** The model the verdicts are for ("v4.20", "v4.18 patch3=on"); empty for a scenario without one. */
    public String modelLabel() {
        return release;
    }

    public ReadOnlyBooleanProperty exploringProperty() {
        return exploring.getReadOnlyProperty();
    }

    /** "Exploring every interleaving: 12,288 states, depth 31" while it runs, or the last outcome. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last complete or partial result for the scenario on screen; null while exploring. */
    public ExplorationResult result() {
        return result;
    }

    /** A new scenario (or release) is on screen: forget the old verdicts and explore the new one. */
    public void begin(Program newProgram, String releaseLabel) {
        begin(newProgram, releaseLabel, null);
    }

    /**
     * The same, under {@code modelLabel} ("v4.20", "v4.18 patch3=on"); {@code expectsWrittenFor} is
     * the model the file's expect lines speak of when it is another one (null when it is this one).
     */
    public void begin(Program newProgram, String modelLabel, String expectsWrittenFor) {
        program = newProgram;
        scenario = newProgram.scenario();
        release = modelLabel == null ? "" : modelLabel;
        writtenFor = expectsWrittenFor;
        pendingFind = null;
        explore();
    }

    private void explore() {
        result = null;
        exploration = explorer.start(program);
        exploring.set(true);
        progressText.set("Exploring every interleaving…");
        refresh();
    }

    public void cancel() {
        if (exploring.get()) {
            explorer.cancel();
            pendingFind = null;
        }
    }

    /** The kinds of finding the run on screen has shown up to the shown step (they light up). */
    public void showSeen(Set<Finding.Kind> kinds) {
        if (!kinds.equals(seen)) {
            seen = Set.copyOf(kinds);
            refresh();
        }
    }

    public void onNews(EngineNews news) {
        if (news instanceof EngineNews.ExplorationProgress p && p.exploration() == exploration) {
            progressText.set(String.format("Exploring every interleaving: %,d states, depth %d", p.states(), p.depth()));
        } else if (news instanceof EngineNews.ExplorationDone d && d.exploration() == exploration) {
            finished(d.result());
        } else if (news instanceof EngineNews.ExplorationFailed f && f.exploration() == exploration) {
            exploring.set(false);
            pendingFind = null;
            progressText.set("Exploration failed: " + f.message());
            status.accept("The exploration failed (" + f.message() + "); please report it.");
            refresh();
        }
    }

    private void finished(ExplorationResult r) {
        result = r;
        exploring.set(false);
        String counts = String.format("%,d states, %,d transitions, %.0f ms", r.states(), r.transitions(),
                r.elapsedNanos() / 1e6);
        String under = release.isEmpty() ? "" : " under " + release;
        progressText.set(r.complete() ? "Every interleaving explored" + under + ": " + counts
                : "Exploration" + under + " stopped (" + r.stopReason() + ") after " + counts);
        refresh();
        Finding.Kind wanted = pendingFind;
        pendingFind = null;
        if (wanted != null) {
            load(wanted);
        }
    }

    /** Loads the shortest schedule that shows {@code kind}, or says why there is none. */
    public void find(Finding.Kind kind) {
        if (program == null) {
            return;
        }
        if (exploring.get()) {
            pendingFind = kind;
            status.accept("Looking for a " + kind.words + "… (it loads when the exploration is done)");
            return;
        }
        if (!load(kind) && (result == null || !result.complete())) {
            pendingFind = kind; // not checked everywhere yet: look again, now that the user asks
            explore();
            status.accept("Exploring again to look for a " + kind.words + "… (Cancel stops it)");
        }
    }

    /** Loads the shortest schedule of {@code kind} if the last exploration found one; says so either way. */
    private boolean load(Finding.Kind kind) {
        Optional<Found> shortest = shortest(kind);
        if (shortest.isPresent()) {
            Found f = shortest.get();
            replay.accept(f, "the shortest " + kind.words + " schedule (" + f.schedule().size() + " steps)");
            status.accept("Loaded the shortest " + kind.words + " schedule: " + f.schedule().size()
                    + " steps. Space steps through it, P plays it, End jumps to the " + kind.words + ".");
            return true;
        }
        String under = release.isEmpty() ? "" : " under " + release;
        if (result != null && result.complete()) {
            status.accept(String.format("No %s in any interleaving%s: all %,d states explored.", kind.words, under,
                    result.states()));
        } else if (result != null) {
            status.accept(String.format("No %s found%s in the %,d states explored before the exploration stopped (%s).",
                    kind.words, under, result.states(), result.stopReason()));
        }
        return false;
    }

    private Optional<Found> shortest(Finding.Kind kind) {
        if (result == null) {
            return Optional.empty();
        }
        // The kernel's own violations come before a broken documented rule (the window checks the rules).
        return result.shortest(kind);
    }

    private void refresh() {
        List<Badge> out = new ArrayList<>();
        for (Finding.Kind k : BADGE_KINDS) {
            out.add(badge(k));
        }
        if (result != null && !result.ofKind(Finding.Kind.RUNTIME_ERROR).isEmpty()) {
            out.add(badge(Finding.Kind.RUNTIME_ERROR));
        }
        badges.setAll(out);
        List<ExpectRow> rows = new ArrayList<>();
        if (scenario != null) {
            if (result == null) {
                scenario.expects().forEach(e -> rows.add(new ExpectRow(e.text(), ExpectRow.Status.CHECKING, writtenFor)));
            } else {
                for (Verdict v : Verdict.decide(scenario.expects(), result)) {
                    rows.add(new ExpectRow(v.expect().text(), switch (v.status()) {
                        case HOLDS -> ExpectRow.Status.HOLDS;
                        case FAILS -> ExpectRow.Status.FAILS;
                        case UNSETTLED -> ExpectRow.Status.UNSETTLED;
                    }, writtenFor));
                }
            }
        }
        expectations.setAll(rows);
    }

    private Badge badge(Finding.Kind kind) {
        boolean inRun = seen.contains(kind);
        if (result == null) {
            return new Badge(kind, exploring.get() ? Badge.Status.CHECKING : Badge.Status.NOT_CHECKED, 0, "", inRun);
        }
        Optional<Found> f = shortest(kind);
        if (f.isPresent()) {
            return new Badge(kind, Badge.Status.FOUND, f.get().schedule().size(), f.get().finding().summary(), inRun,
                    f.get().isRuleBroken());
        }
        return new Badge(kind, result.complete() ? Badge.Status.NOT_FOUND : Badge.Status.NOT_CHECKED, 0, "", inRun);
    }
}
