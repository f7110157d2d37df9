package io.lockstep.ui.vm;

import io.lockstep.tour.CheckedTour;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A guided tour being played: which stop is shown, its caption and highlights, and the state of
 * its question. Plain properties and commands, no scene nodes, so the window's tour bar, its
 * views' highlights and a presentation stage can all bind to the same stop. Reached through
 * {@link SessionViewModel#tour()}.
 *
 * <p>A stop is shown by putting the session on the stop's chapter (its scenario, the tour's release
 * and the chapter's switches, its schedule replayed) and on the stop's step. Moving within a
 * chapter only seeks, unless the user has stepped off the chapter's schedule meanwhile.
 */
public final class TourViewModel {
    /** Where a stop's question stands. */
    public enum Answer { NONE, ASKING, WRONG, RIGHT }

    private final SessionViewModel session;
    private CheckedTour tour;
    /** The stop shown, counted over the whole tour; -1 when no tour plays. */
    private int index = -1;
    /** The chapter whose run the session holds (-1: none yet, or the user switched away). */
    private int loadedChapter = -1;

    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper chapter = new ReadOnlyStringWrapper(this, "chapter", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>(this, "answer", Answer.NONE);
    private final ReadOnlyObjectWrapper<CheckedTour.Highlights> highlights = new ReadOnlyObjectWrapper<>(this,
            "highlights", CheckedTour.Highlights.NONE);

    TourViewModel(SessionViewModel session) {
        this.session = session;
    }

    /** True while a tour plays (the keys then move between stops). */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chapterProperty() {
        return chapter.getReadOnlyProperty();
    }

    /** "Chapter 1 of 3 · stop 2 of 13". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** The stop's question, empty when it asks none. */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** What the last answer heard (the right or the wrong feedback), empty before an answer. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** What the stop points at: lanes, edges ("A->B"), blocks and threads (by number). */
    public ReadOnlyObjectProperty<CheckedTour.Highlights> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** True while the stop's question waits for a (right) answer: choosing a thread answers it. */
    public boolean isAsking() {
        return playing.get() && (answer.get() == Answer.ASKING || answer.get() == Answer.WRONG);
    }

    public CheckedTour tour() {
        return tour;
    }

    /** The stop shown, counted from 0 over the whole tour; -1 when none. */
    public int stopIndex() {
        return index;
    }

    // ---- commands

    /** Starts {@code checked} at its first stop. */
    public void start(CheckedTour checked) {
        tour = checked;
        loadedChapter = -1;
        title.set(checked.title());
        playing.set(true);
        show(0);
    }

    /** The next stop (the tour's last stop stays where it is); false when there is none. */
    public boolean next() {
        if (!playing.get() || index + 1 >= tour.stopCount()) {
            if (playing.get()) {
                session.say("That was the last stop of the tour. Esc (or Close) ends it.");
            }
            return false;
        }
        show(index + 1);
        return true;
    }

    /** The previous stop; false at the first. */
    public boolean previous() {
        if (!playing.get() || index <= 0) {
            return false;
        }
        show(index - 1);
        return true;
    }

    /** Ends the tour; the run on screen stays as it is. */
    public void close() {
        if (!playing.get()) {
            return;
        }
        playing.set(false);
        index = -1;
        loadedChapter = -1;
        highlights.set(CheckedTour.Highlights.NONE);
        caption.set("");
        question.set("");
        feedback.set("");
        answer.set(Answer.NONE);
        session.say("The tour has ended; the run stays where it was.");
    }

    /**
     * The audience chose thread {@code thread} (a card clicked, a number pressed). The right answer
     * hears the right feedback and steps that thread; a wrong one hears the wrong feedback and may
     * try again. Returns NONE (and does nothing) when no question waits.
     */
    public Answer answer(int thread) {
        if (!isAsking()) {
            return Answer.NONE;
        }
        CheckedTour.Question q = stop(index).question();
        if (thread == q.answer()) {
            feedback.set(q.right());
            answer.set(Answer.RIGHT);
            session.run().stepThread(thread);
        } else {
            feedback.set(q.wrong());
            answer.set(Answer.WRONG);
        }
        return answer.get();
    }

    /** The same by the thread's name; an unknown name is a wrong answer. */
    public Answer answer(String threadName) {
        if (!isAsking() || session.run().program() == null) {
            return Answer.NONE;
        }
        int t = session.run().program().threadLabels().indexOf(threadName);
        return answer(t < 0 ? Integer.MAX_VALUE : t);
    }

    private void show(int flat) {
        index = flat;
        int c = chapterOf(flat);
        CheckedTour.Chapter ch = tour.chapters().get(c);
        CheckedTour.Stop stop = stop(flat);
        chapter.set(ch.title());
        position.set("Chapter " + (c + 1) + " of " + tour.chapters().size() + " · stop " + (flat + 1) + " of "
                + tour.stopCount());
        caption.set(stop.caption());
        highlights.set(stop.highlights());
        question.set(stop.question() == null ? "" : stop.question().text());
        feedback.set("");
        answer.set(stop.question() == null ? Answer.NONE : Answer.ASKING);
        if (c == loadedChapter && onSchedule(ch, stop.step())) {
            session.run().seek(stop.step());
        } else {
            load(c, ch, stop.step());
        }
    }

    /** Whether the run on screen still follows the chapter's schedule up to {@code step} (the user may have stepped off it). */
    private boolean onSchedule(CheckedTour.Chapter ch, int step) {
        List<Integer> recorded = session.run().recordedSchedule();
        return recorded.size() >= step && recorded.subList(0, step).equals(ch.schedule().subList(0, step));
    }

    private void load(int c, CheckedTour.Chapter ch, int step) {
        CheckedTour.Scenario s = ch.scenario();
        ScenarioSource source = s.folder() == null ? ScenarioSource.unsaved(s.name(), s.text())
                : new ScenarioSource(s.name(), s.text(), s.folder().resolve(String.valueOf(Path.of(s.name()).getFileName())));
        loadedChapter = -1;
        if (session.open(source) && session.runUnder(new ModelVariant(tour.release(), ch.switches()), "the tour's chapter",
                ch.schedule(), step, (trace, under) -> "Tour: " + tour.title() + " — " + ch.title() + " (" + under + ", "
                        + ch.scheduleText() + "). PageDown or Space: the next stop; PageUp: back; Esc ends the tour.")) {
            loadedChapter = c;
        }
    }

    private int chapterOf(int flat) {
        int n = flat;
        for (int c = 0; c < tour.chapters().size(); c++) {
            int size = tour.chapters().get(c).stops().size();
            if (n < size) {
                return c;
            }
            n -= size;
        }
        throw new IndexOutOfBoundsException("stop " + flat + " of " + tour.stopCount());
    }

    private CheckedTour.Stop stop(int flat) {
        int n = flat;
        for (CheckedTour.Chapter ch : tour.chapters()) {
            if (n < ch.stops().size()) {
                return ch.stops().get(n);
            }
            n -= ch.stops().size();
        }
        throw new IndexOutOfBoundsException("stop " + flat + " of " + tour.stopCount());
    }
}
