package io.lockstep.lockdep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Capacity;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated report text: the parser answers with a report or with an error at a line and
 * column that exist in the text, never with an exception; and any report it reads becomes a scenario
 * the project's loader accepts (the command writes nothing else).
 */
class ReportFuzzProperties {
    private static final List<String> CORPUS = corpus();

    private static List<String> corpus() {
        try (Stream<Path> files = Files.list(LockdepCorpusTest.CORPUS)) {
            return files.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readOrPositionedError(String text) {
        ReportParser.Result r = ReportParser.parse("fuzz.txt", text);
        if (!r.ok()) {
            Diagnostic d = r.error();
            int lines = text.split("\n", -1).length;
            assertTrue(d.pos().line() >= 1 && d.pos().line() <= lines && d.pos().col() >= 1, d.format());
            assertTrue(!d.message().isBlank() && d.format().contains("^"), d.format());
            return;
        }
        if (r.report().dependencies().size() > Capacity.MAX_THREADS) {
            return; // the command refuses these with a positioned error before generating
        }
        // The whole import (plan, suggestions, the check that picks the expect lines) must not throw either.
        LockdepImport.Result imported = LockdepImport.fromText("fuzz.txt", text);
        assertTrue(imported.ok(), () -> imported.error().format());
        Loaded loaded = ScenarioLoader.loadTextChecked("fuzz.lks", imported.scenario(), null, null, Capacity::check);
        assertTrue(loaded.ok(), () -> loaded.errors() + "\n" + imported.scenario());
    }

    @Property(tries = 300)
    void randomTextIsReadOrAPositionedError(@ForAll("randomText") String text) {
        readOrPositionedError(text);
    }

    @Property(tries = 1500)
    void mutatedReportsAreReadOrAPositionedError(@ForAll("mutated") String text) {
        readOrPositionedError(text);
    }

    @Provide
    Arbitrary<String> randomText() {
        Arbitrary<String> pieces = Arbitraries.of("->", " #", "0", "1", "(", ")", "{", "}", "+.+.", ":", "\n", " ", "-->",
                "> ", "[  1.5] ", "lock(", ");", "Chain exists of:\n", "possible circular locking dependency detected\n",
                "possible recursive locking detected\n", "is trying to acquire lock:\n", "but task is already holding lock:\n",
                "2 locks held by a/1:\n", " #0: ", "&dev->mutex", "kn->count#3", "\"", "\\", "\t", "\r", "CPU1",
                "Possible unsafe locking scenario:\n", "é", "\u2028", "lock", "online");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(80).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(300));
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> base = Arbitraries.of(CORPUS);
        Arbitrary<String> insert = Arbitraries.of("(", ")", "{", "}", "#", "->", "\n", "-->", ":", "9", "> ", "\"", "lock(",
                "", "#99", "(x)");
        return Combinators.combine(base, Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 40),
                insert, Arbitraries.integers().between(1, 4)).as((text, where, cut, ins, times) -> {
                    String s = text;
                    for (int k = 0; k < times; k++) {
                        int at = Math.floorMod(where * (k + 7), s.length() + 1);
                        int end = Math.min(s.length(), at + cut % 12);
                        s = s.substring(0, at) + ins + s.substring(end);
                    }
                    return (where & 1) == 0 ? s : s.substring(0, Math.floorMod(where, s.length() + 1));
                });
    }
}
