package io.lockstep.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of lock the language knows, with the properties the engine and checks need. */
public enum LockKind {
    MUTEX, RWSEM, PERCPU_RWSEM, SPINLOCK,
    /** A kernfs active reference (kn->count, later kn->active): read_trylock, read_unlock, drain, activate. */
    ACTIVE_REF;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code read_lock}/{@code read_unlock} apply. */
    public boolean shared() {
        return this == RWSEM || this == PERCPU_RWSEM || this == ACTIVE_REF;
    }

    /** Whether taking it may sleep (a violation while a spinlock is held). */
    public boolean sleeps() {
        return this != SPINLOCK;
    }

    public static Optional<LockKind> fromKeyword(String word) {
        for (LockKind k : values()) {
            if (k.keyword().equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
