package io.lockstep.event;

import java.util.List;

/**
 * What a detector found in a run. {@link #key()} identifies the finding across runs (two schedules
 * that reach the same deadlock cycle give the same key), so the explorer keeps one shortest
 * schedule per key.
 */
public sealed interface Finding {
    Kind kind();

    String key();

    /** One line for people: "deadlock: probe waits for device_lock[4] held by udev, ...". */
    String summary();

    enum Kind {
        DEADLOCK("deadlock"), INVERSION("inversion"), GUARDED_INVERSION("guarded inversion"), RACE("race"),
        VIOLATION("violation"), RUNTIME_ERROR("runtime error");

        public final String words;

        Kind(String words) {
            this.words = words;
        }

        /**
         * The kind a schedule option names ("guarded-inversion", "guarded_inversion" or "guarded
         * inversion"); a runtime error is not a schedule one asks for.
         */
        public static java.util.Optional<Kind> ofScheduleWord(String text) {
            String k = text.toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replace('_', ' ');
            for (Kind kind : values()) {
                if (kind.words.equals(k) && kind != RUNTIME_ERROR) {
                    return java.util.Optional.of(kind);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** One edge of a wait-for cycle: {@code thread} waits for {@code lock}, held by {@code holder}. */
    record Wait(String thread, String lock, String holder) {}

    /**
     * Threads that can never run again. {@code cycle} is the wait-for cycle; when there is none
     * (every unfinished thread blocked, say on a lock a finished thread kept), it lists each blocked
     * thread's wait and {@code allBlocked} is true.
     */
    record Deadlock(List<Wait> cycle, boolean allBlocked) implements Finding {
        public Deadlock {
            cycle = List.copyOf(cycle);
        }

        @Override
        public Kind kind() {
            return Kind.DEADLOCK;
        }

        @Override
        public String key() {
            StringBuilder sb = new StringBuilder("deadlock");
            for (Wait w : cycle) {
                sb.append(' ').append(w.thread()).append('>').append(w.lock());
            }
            return sb.toString();
        }

        @Override
        public String summary() {
            StringBuilder sb = new StringBuilder(allBlocked ? "deadlock (every unfinished thread blocked): " : "deadlock: ");
            for (int i = 0; i < cycle.size(); i++) {
                Wait w = cycle.get(i);
                sb.append(i == 0 ? "" : "; ").append('"').append(w.thread()).append("\" waits for ").append(w.lock());
                if (w.holder() != null) {
                    sb.append(" held by \"").append(w.holder()).append('"');
                }
            }
            return sb.toString();
        }
    }

    /**
     * How one edge A→B of the lock-order graph was first made: thread {@code thread} acquired
     * {@code lock} (an instance of B) while holding {@code held} (among them an instance of A).
     */
    record EdgeWitness(String from, String to, String thread, int step, String statement, List<String> stack,
            List<String> held) {
        public EdgeWitness {
            stack = List.copyOf(stack);
            held = List.copyOf(held);
        }
    }

    /**
     * A cycle in the lock-order graph, as the list of classes A→B→...→A (first class repeated at the
     * end is implied). {@code gate} is null for an inversion, or the lock held at every acquisition of
     * every edge of the cycle (a guarded inversion). A cycle of one class is recursive class locking.
     * {@code novalidate} lists the classes of the cycle that the kernel's lockdep does not track.
     * {@code witnesses} has one entry per edge when the run kept them (replays do; the explorer does
     * not).
     */
    record Inversion(List<String> cycle, String gate, List<String> novalidate, List<EdgeWitness> witnesses)
            implements Finding {
        public Inversion {
            cycle = List.copyOf(cycle);
            novalidate = List.copyOf(novalidate);
            witnesses = List.copyOf(witnesses);
        }

        public boolean recursive() {
            return cycle.size() == 1;
        }

        @Override
        public Kind kind() {
            return gate == null ? Kind.INVERSION : Kind.GUARDED_INVERSION;
        }

        @Override
        public String key() {
            return kind().words + " " + String.join(" -> ", cycle) + (gate == null ? "" : " gate " + gate);
        }

        @Override
        public String summary() {
            String path = String.join(" -> ", cycle) + " -> " + cycle.get(0);
            String what = recursive() ? "recursive locking of class " + cycle.get(0) + " (two instances held at once)"
                    : path;
            if (gate != null) {
                return "guarded inversion: " + what + ", every edge made under " + gate + ", which serialises them";
            }
            return "inversion: " + what;
        }
    }

    /** One access of a race: which thread, at which step, read or write, and the statement. */
    record Access(String thread, int step, boolean write, String statement, String at) {}

    /** Two accesses to one place from different threads, at least one a write, unordered by happens-before. */
    record Race(String place, Access first, Access second) implements Finding {
        @Override
        public Kind kind() {
            return Kind.RACE;
        }

        @Override
        public String key() {
            return "race " + place;
        }

        @Override
        public String summary() {
            return "race on " + place + ": \"" + first.thread() + "\" " + (first.write() ? "writes" : "reads")
                    + " at step " + first.step() + " and \"" + second.thread() + "\" "
                    + (second.write() ? "writes" : "reads") + " at step " + second.step()
                    + ", with no lock ordering them";
        }
    }

    /** The kinds of violation. */
    enum ViolationKind {
        ASSERT, SLEEP_IN_ATOMIC, LOST_UPDATE,
        /** assert_held: lockdep_assert_held() in the kernel's code. */
        LOCK_NOT_HELD,
        /** assert_held ... rule: a documented locking rule broken. */
        RULE_BROKEN,
        /** unlock ... anyway of a lock another thread holds, or that nobody holds. */
        FOREIGN_UNLOCK
    }

    /** A failed assert, a sleep in atomic context, or a zone whose present_pages lost an update. */
    record Violation(ViolationKind violation, String message, String thread, String where) implements Finding {
        @Override
        public Kind kind() {
            return Kind.VIOLATION;
        }

        @Override
        public String key() {
            // A lost update is one finding per zone, whatever the numbers of the run that shows it.
            return "violation " + violation + " " + (violation == ViolationKind.LOST_UPDATE ? where : message);
        }

        @Override
        public String summary() {
            return "violation: " + message + (thread == null ? "" : " (thread \"" + thread + "\" at " + where + ")");
        }

        /** A zone whose present_pages disagrees with its online blocks once every thread has finished. */
        public static Violation lostUpdate(String place, long present, long online) {
            return new Violation(ViolationKind.LOST_UPDATE, place + " is " + present + " but its online blocks hold "
                    + online + " pages (a lost update)", null, place);
        }
    }

    /** A runtime error of the scenario itself: it stops that execution. */
    record RuntimeError(String message, String thread, String where) implements Finding {
        @Override
        public Kind kind() {
            return Kind.RUNTIME_ERROR;
        }

        @Override
        public String key() {
            return "error " + where + " " + message;
        }

        @Override
        public String summary() {
            return where + ": runtime error in thread \"" + thread + "\": " + message;
        }
    }
}
