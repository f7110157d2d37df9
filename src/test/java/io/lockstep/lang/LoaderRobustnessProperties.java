package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever the input, loading produces diagnostics with usable positions, never an exception. */
class LoaderRobustnessProperties {

    /** A valid scenario that uses most of the language, including a (fake) kernel model. */
    static final String VALID = """
            scenario "hot-add against an online reader"
            describe "two threads, one model"
            use "v4.18"
            init memhp_auto_online = 1
            memory { block_size 128M  zone Normal blocks 0..3 online
                     zone Movable blocks 4..5 offline  zone Movable blocks 6..7 absent }
            lock gate : mutex
            lock counter_lock : spinlock
            var seen = -1
            proc reader(b) at "mm/slab.c:reader" {
              read_lock mem_hotplug_lock
              read zone_of(b).present_pages -> p
              if p > 0 and not (p == pages(b) * 2) { note "partly online" } else if p == 0 { return }
              write seen = p - 1
              read_unlock mem_hotplug_lock
            }
            thread "adder" { lock gate  call add_memory(6)  unlock gate }
            thread "reader" {
              trylock gate else restart
              call reader(6)
              read block(6).state -> s
              assert s != absent "the block is visible"
              set block 6 online zone Movable
              unlock gate
            }
            expect no deadlock
            expect inversion gate mem_hotplug_lock
            expect no race zone(Movable).present_pages
            expect violation
            """;

    @Example
    void validScenarioLoads() {
        Lks.assertOk(Lks.load(VALID));
    }

    @Property(tries = 2000)
    void randomTextNeverThrows(@ForAll @Size(max = 300) String text) {
        check(Lks.load(text));
    }

    @Property(tries = 2000)
    void randomTokenSoupNeverThrows(@ForAll("tokenSoup") String text) {
        check(Lks.load(text));
    }

    @Property(tries = 2000)
    void mutatedScenarioNeverThrows(@ForAll("mutations") String text) {
        check(Lks.load(text));
    }

    @Property(tries = 100)
    void randomBytesFromAFileNeverThrow(@ForAll @Size(max = 400) byte[] bytes) throws IOException {
        Path file = Files.createTempFile("lockstep-random", ".lks");
        try {
            Files.write(file, bytes);
            check(ScenarioLoader.load(file, null, Lks.FAKE_MODELS));
            check(ScenarioLoader.loadText("x.lks", new String(bytes, StandardCharsets.ISO_8859_1), file.getParent(), "v4.18",
                    Lks.FAKE_MODELS));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void check(Loaded loaded) {
        assertNotNull(loaded);
        for (Diagnostic d : loaded.diagnostics()) {
            assertTrue(d.pos().line() >= 1 && d.pos().col() >= 1, d.format());
            assertNotNull(d.sourceLine());
            assertNotNull(d.message());
            assertNotNull(d.format());
            // the loader turns its own bugs into this diagnostic rather than crash; here it must not happen
            assertTrue(!d.message().startsWith("internal error"), d.format());
        }
        assertEquals(loaded.ok(), loaded.scenario() != null, Lks.formatAll(loaded));
    }

    private static final List<String> TOKENS = List.of("scenario", "\"t\"", "thread", "proc", "p", "(", ")", "{", "}",
            "[", "]", "lock", "unlock", "read_lock", "a", "b", ":", "mutex", "rwsem", "=", "==", "->", "..", ".", "-",
            "+", "*", "<", "<=", "if", "else", "let", "x", "1", "0x10", "128M", "read", "write", "zone", "zone_of",
            "block", "state", "present_pages", "set", "online", "call", "expect", "race", "no", "inversion", "use",
            "\"v4.18\"", "\"./x.lks\"", "memory", "block_size", "blocks", "Normal", "var", "init", "at", "\"x.c:f\"",
            "not", "and", "or", "pages", "return", "note", "assert", "trylock", "restart", "#", "\n", "\"");

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    /** One edit of the valid scenario: a deleted, inserted or swapped character, or the same with whole tokens. */
    private record Edit(int kind, int at, int other, String inserted) {}

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 100_000),
                Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.strings().ofMaxLength(3))).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            String text = VALID;
            for (Edit e : edits) {
                text = apply(text, e);
            }
            return text;
        });
    }

    private static String apply(String text, Edit e) {
        if (e.kind() >= 3) {
            return String.join(" ", apply(new ArrayList<>(List.of(text.split("[ \n]+"))), e));
        }
        if (text.isEmpty()) {
            return e.inserted();
        }
        int i = e.at() % text.length();
        int j = e.other() % text.length();
        StringBuilder sb = new StringBuilder(text);
        switch (e.kind()) {
            case 0 -> sb.deleteCharAt(i);
            case 1 -> sb.insert(i, e.inserted());
            default -> {
                sb.setCharAt(i, text.charAt(j));
                sb.setCharAt(j, text.charAt(i));
            }
        }
        return sb.toString();
    }

    private static List<String> apply(List<String> tokens, Edit e) {
        if (tokens.isEmpty()) {
            return List.of(e.inserted());
        }
        int i = e.at() % tokens.size();
        int j = e.other() % tokens.size();
        switch (e.kind()) {
            case 3 -> tokens.remove(i);
            case 4 -> tokens.add(i, e.inserted());
            default -> {
                String t = tokens.get(i);
                tokens.set(i, tokens.get(j));
                tokens.set(j, t);
            }
        }
        return tokens;
    }
}
