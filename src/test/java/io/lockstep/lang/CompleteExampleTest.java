package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.model.BlockState;
import io.lockstep.model.Expect;
import io.lockstep.model.LockDecl;
import io.lockstep.model.LockKind;
import io.lockstep.model.MemoryLayout;
import io.lockstep.model.Scenario;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Stmt;
import io.lockstep.model.ThreadSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The complete example of docs/scenario-language.md, parsed into exactly the expected model. */
class CompleteExampleTest {
    static final String EXAMPLE = """
            scenario "ABBA between two locks"
            memory { block_size 128M  zone Normal blocks 0..3 online }
            lock a : mutex
            lock b : mutex
            thread "left"  { lock a  lock b  unlock b  unlock a }
            thread "right" { lock b  lock a  unlock a  unlock b }
            expect deadlock
            expect inversion a b
            """;

    private static SourcePos at(int line, int col) {
        return new SourcePos("abba.lks", line, col);
    }

    /** lock X, lock Y, unlock Y, unlock X on one line, at the example's columns. */
    private static List<Stmt> abba(int line, String first, String second) {
        return List.of(
                new Stmt.Acquire(new Stmt.LockRef(first, null, at(line, 23)), false, at(line, 18)),
                new Stmt.Acquire(new Stmt.LockRef(second, null, at(line, 31)), false, at(line, 26)),
                new Stmt.Release(new Stmt.LockRef(second, null, at(line, 41)), false, at(line, 34)),
                new Stmt.Release(new Stmt.LockRef(first, null, at(line, 51)), false, at(line, 44)));
    }

    @Test
    void parsesToTheExpectedScenario() {
        Loaded loaded = ScenarioLoader.loadText("abba.lks", EXAMPLE, null, null);

        Map<String, LockDecl> locks = new LinkedHashMap<>();
        locks.put("a", new LockDecl("a", LockKind.MUTEX, false, false, at(3, 1)));
        locks.put("b", new LockDecl("b", LockKind.MUTEX, false, false, at(4, 1)));
        Scenario expected = new Scenario("abba.lks", "ABBA between two locks", "", null,
                new MemoryLayout(128L << 20,
                        List.of(new MemoryLayout.ZoneRange("Normal", 0, 3, BlockState.ONLINE, at(2, 27))), at(2, 1)),
                locks, Map.of(), Map.of(),
                List.of(new ThreadSpec("left", abba(5, "a", "b"), at(5, 1)),
                        new ThreadSpec("right", abba(6, "b", "a"), at(6, 1))),
                List.of(new Expect(Expect.Kind.DEADLOCK, true, List.of(), at(7, 1)),
                        new Expect(Expect.Kind.INVERSION, true, List.of("a", "b"), at(8, 1))),
                List.of(), Map.of());

        assertTrue(loaded.ok(), Lks.formatAll(loaded));
        assertEquals(List.of(), loaded.diagnostics());
        assertEquals(expected, loaded.scenario());
        assertEquals(List.of("a", "b"), List.copyOf(loaded.scenario().locks().keySet()));
        assertEquals(32768, loaded.scenario().memory().pagesPerBlock());
    }
}
