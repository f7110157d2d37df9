package io.lockstep.trace;

import io.lockstep.event.BlockStateChanged;
import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.LockAcquired;
import io.lockstep.event.LockReleased;
import io.lockstep.event.PlaceRead;
import io.lockstep.event.PlaceWritten;
import io.lockstep.event.StepTaken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Happens-before race detection over one run, with vector clocks. A release followed by an
 * acquisition of the same lock orders the two threads; read releases order only later writers (two
 * readers do not exclude each other, so they are not ordered by the lock). Thread start orders
 * nothing.
 */
final class RaceTracker {
    private final int threads;
    private final List<String> labels;
    private final int[][] clocks;
    private final Map<String, int[]> writeReleases = new HashMap<>();
    private final Map<String, int[]> readReleases = new HashMap<>();
    private final Map<String, PlaceHistory> places = new HashMap<>();
    private StepTaken current;

    private static final class PlaceHistory {
        Finding.Access lastWrite;
        int lastWriter = -1;
        int lastWriteClock;
        final Finding.Access[] reads;
        final int[] readClocks;

        PlaceHistory(int threads) {
            reads = new Finding.Access[threads];
            readClocks = new int[threads];
        }
    }

    RaceTracker(List<String> labels) {
        this.threads = labels.size();
        this.labels = labels;
        this.clocks = new int[threads][threads];
        for (int t = 0; t < threads; t++) {
            clocks[t][t] = 1;
        }
    }

    /** Feeds one event; returns the race it reveals, or null. */
    Finding.Race accept(Event e) {
        if (e instanceof StepTaken st) {
            current = st;
        } else if (e instanceof LockAcquired a) {
            join(clocks[a.thread()], writeReleases.get(a.lock()));
            if (!a.shared()) {
                join(clocks[a.thread()], readReleases.get(a.lock()));
            }
        } else if (e instanceof LockReleased r) {
            Map<String, int[]> into = r.shared() ? readReleases : writeReleases;
            int[] vc = into.computeIfAbsent(r.lock(), k -> new int[threads]);
            // The thread that ran the unlock publishes its clock, also for a foreign unlock ("anyway").
            join(vc, clocks[r.releasedBy()]);
            clocks[r.releasedBy()][r.releasedBy()]++;
        } else if (e instanceof PlaceRead r) {
            return access(r.thread(), r.place(), false, r.step());
        } else if (e instanceof PlaceWritten w) {
            return access(w.thread(), w.place(), true, w.step());
        } else if (e instanceof BlockStateChanged b) {
            return access(b.thread(), "block(" + b.block() + ").state", true, b.step());
        }
        return null;
    }

    private Finding.Race access(int t, String place, boolean write, int step) {
        PlaceHistory h = places.computeIfAbsent(place, k -> new PlaceHistory(threads));
        Finding.Access me = new Finding.Access(labels.get(t), step, write,
                current == null ? null : current.statement(), current == null ? null : current.at());
        int[] c = clocks[t];
        Finding.Race race = null;
        if (h.lastWriter >= 0 && h.lastWriter != t && h.lastWriteClock > c[h.lastWriter]) {
            race = new Finding.Race(place, h.lastWrite, me);
        }
        if (write && race == null) {
            for (int u = 0; u < threads; u++) {
                if (u != t && h.reads[u] != null && h.readClocks[u] > c[u]) {
                    race = new Finding.Race(place, h.reads[u], me);
                    break;
                }
            }
        }
        if (write) {
            h.lastWrite = me;
            h.lastWriter = t;
            h.lastWriteClock = c[t];
        } else {
            h.reads[t] = me;
            h.readClocks[t] = c[t];
        }
        return race;
    }

    private static void join(int[] into, int[] from) {
        if (from == null) {
            return;
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = Math.max(into[i], from[i]);
        }
    }
}
