package io.lockstep.ui.vm;

import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.FindingReported;
import io.lockstep.event.Narration;
import io.lockstep.event.StepTaken;
import io.lockstep.trace.StepRecord;
import io.lockstep.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the narration line and the badges need per step of one run, indexed as the trace grows so
 * that showing any step costs a lookup, however long the run: the {@code note} narrating each step,
 * the statement and kernel function of each step, the findings reported at each step and the first
 * step of each kind of finding.
 *
 * <p>A {@code note} is emitted by the local statements that follow a thread's step and belongs to
 * that thread's next step, so each thread's latest note waits in {@code pendingNote} until the
 * thread steps again.
 */
public final class RunIndex {
    private final Trace trace;
    private final String[] pendingNote;
    private String[] notes = new String[64];
    private StepTaken[] taken = new StepTaken[64];
    private List<List<Finding>> findings = new ArrayList<>();
    private final Map<Finding.Kind, Integer> firstStep = new EnumMap<>(Finding.Kind.class);
    private int indexed;

    public RunIndex(Trace trace) {
        this.trace = trace;
        this.pendingNote = new String[trace.program().threadCount()];
        findings.add(List.of());
        for (Event e : trace.initialEvents()) {
            if (e instanceof Narration n) {
                pendingNote[n.thread()] = join(pendingNote[n.thread()], n.text());
            } else if (e instanceof FindingReported f) {
                findings.set(0, List.of(f.finding()));
                firstStep.putIfAbsent(f.finding().kind(), 0);
            }
        }
    }

    public Trace trace() {
        return trace;
    }

    /** Indexes the steps the trace gained since the last call; returns how many. */
    public int catchUp() {
        int size = trace.size();
        int added = size - indexed;
        if (size >= notes.length) {
            int capacity = Math.max(size + 1, notes.length * 2);
            notes = Arrays.copyOf(notes, capacity);
            taken = Arrays.copyOf(taken, capacity);
        }
        for (int k = indexed + 1; k <= size; k++) {
            index(trace.step(k));
        }
        indexed = size;
        return added;
    }

    private void index(StepRecord record) {
        int k = record.step();
        int t = record.thread();
        notes[k] = pendingNote[t];
        pendingNote[t] = null;
        List<Finding> found = new ArrayList<>();
        for (Event e : record.events()) {
            if (e instanceof StepTaken st) {
                taken[k] = st;
            } else if (e instanceof Narration n) {
                pendingNote[n.thread()] = join(pendingNote[n.thread()], n.text());
            } else if (e instanceof FindingReported f) {
                found.add(f.finding());
                firstStep.putIfAbsent(f.finding().kind(), k);
            }
        }
        findings.add(found.isEmpty() ? List.of() : List.copyOf(found));
    }

    private static String join(String before, String text) {
        return before == null ? text : before + " " + text;
    }

    public int indexedSteps() {
        return indexed;
    }

    /** The note that narrates step {@code k}, or null. */
    public String noteFor(int k) {
        return k >= 1 && k <= indexed ? notes[k] : null;
    }

    /** The statement step {@code k} ran, where and with which stack; null for step 0. */
    public StepTaken stepTaken(int k) {
        return k >= 1 && k <= indexed ? taken[k] : null;
    }

    /** The findings reported at step {@code k} (0: in the initial state). */
    public List<Finding> findingsAt(int k) {
        return k >= 0 && k <= indexed ? findings.get(k) : List.of();
    }

    /** The first step at which this run reported a finding of {@code kind}, or -1. */
    public int firstStepOf(Finding.Kind kind) {
        return firstStep.getOrDefault(kind, -1);
    }
}
