package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.explore.ExplorationResult;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Found;
import io.lockstep.explore.Limits;
import io.lockstep.explore.Progress;
import io.lockstep.explore.Verdict;
import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The whole pipeline on generated and mutated scenarios: load (with the engine's capacity check),
 * compile, a bounded exploration and the replay of what it found. Whatever the input, no exception
 * escapes, and every failure is either a diagnostic with a position or a limit that stopped the
 * run. The generators aim at the limits: deep and branching call chains, many and wide threads,
 * many blocks and locks, long bodies, token soup, and mutations of the bundled samples.
 *
 * <p>The default run is a few thousand scenarios in well under half a minute. A longer one:
 * {@code mvn -B -q -Dtest=PipelineFuzzProperties -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlockstep.fuzz.tries=100000 test} (spread over the generators).
 */
class PipelineFuzzProperties {
    private static final Limits BOUNDED = new Limits(2_000, Duration.ofSeconds(2));
    private static final Path SAMPLES = Path.of("samples");

    // ---- the check every input goes through

    /** Loads, compiles, explores and replays; asserts the contract. Returns whether the scenario ran. */
    static boolean pipeline(String text) {
        Loaded loaded = ScenarioLoader.loadTextChecked("fuzz.lks", text, SAMPLES, null, Capacity::check);
        for (Diagnostic d : loaded.diagnostics()) {
            assertTrue(d.pos().line() >= 1 && d.pos().col() >= 1, d.format());
            assertTrue(d.message() != null && !d.message().isBlank(), d.format());
            assertTrue(!d.message().startsWith("internal error"), d.format() + "\n--- input:\n" + clip(text));
            assertNotNull(d.format());
        }
        assertEquals(loaded.ok(), loaded.scenario() != null);
        if (!loaded.ok()) {
            return false;
        }
        Program program = Program.compile(loaded.scenario());
        ExplorationResult result = new Explorer(program).explore(BOUNDED, Progress.NONE);
        assertTrue(result.complete() || result.stopReason() != null, "an incomplete run says why");
        // the states expanded stop at the limit; those found stop one step of every thread later
        assertTrue(result.states() <= (BOUNDED.maxStates() + 1) * Math.max(1, program.threadCount()), result.toString());
        List<Verdict> verdicts = Verdict.decide(loaded.scenario().expects(), result);
        assertEquals(loaded.scenario().expects().size(), verdicts.size());
        int replayed = 0;
        for (Found f : result.findings()) {
            if (replayed++ == 3) {
                break;
            }
            assertNotNull(Checker.replay(program, f).best());
        }
        return true;
    }

    private static String clip(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "\n... (" + text.length() + " characters)";
    }

    // ---- generators

    private static final String HEAD = "scenario \"fuzz\"\nmemory { block_size 128M  zone Normal blocks 0..3 online"
            + "  zone Movable blocks 4..5 absent }\nlock a : mutex\nlock b : rwsem\nlock d[] : mutex novalidate\n"
            + "var x = 0\n";

    private static final List<String> STATEMENTS = List.of("lock a", "unlock a", "read_lock b", "read_unlock b",
            "lock b", "unlock b", "lock d[1]", "unlock d[1]", "trylock a else restart", "trylock a else return",
            "read x -> v", "write x = v + 1", "write x = 7", "let w = 3", "if x == 0 { write x = 1 } else { return }",
            "set block 4 online zone Movable", "read zone(Normal).present_pages -> p", "note \"n\"",
            "assert x < 100 \"small\"", "return", "lock d[9]", "write x = 2147483647 + 1");

    private static final List<String> TOKENS = List.of("scenario", "\"t\"", "thread", "proc", "p", "(", ")", "{", "}",
            "[", "]", "lock", "unlock", "read_lock", "a", "b", "d", ":", "mutex", "rwsem", "=", "==", "->", "..", "-",
            "+", "*", "if", "else", "let", "x", "v", "1", "0x10", "128M", "99999999999", "read", "write", "zone",
            "block", "state", "set", "online", "call", "expect", "race", "no", "deadlock", "use", "\"v4.18\"",
            "\"./x.lks\"", "memory", "block_size", "blocks", "Normal", "var", "init", "at", "\"x.c:f\"", "not", "and",
            "pages", "return", "note", "trylock", "restart", "\n", "0..65535", "1024G");

    /** Procs p0..pN, each calling the next {@code fanOut} times; one thread calls p0. */
    @Provide
    Arbitrary<String> callChains() {
        return Combinators.combine(Arbitraries.integers().between(1, 3_000).withDistribution(
                net.jqwik.api.RandomDistribution.biased()), Arbitraries.integers().between(1, 3),
                Arbitraries.of(STATEMENTS)).as((depth, fanOut, leaf) -> HEAD
                        + HostileInputTest.procChain(depth, fanOut, "n", leaf)
                        + "thread \"t\" { call p0(1) }\nthread \"u\" { lock a  unlock a }\nexpect no deadlock\n");
    }

    /** Up to forty threads of random statements. */
    @Provide
    Arbitrary<String> manyThreads() {
        Arbitrary<List<String>> body = Arbitraries.of(STATEMENTS).list().ofMaxSize(6);
        return body.list().ofMinSize(1).ofMaxSize(40).map(threads -> {
            StringBuilder sb = new StringBuilder(HEAD);
            for (int t = 0; t < threads.size(); t++) {
                sb.append("thread \"t").append(t).append("\" { ").append(String.join("  ", threads.get(t))).append(" }\n");
            }
            return sb + "expect no deadlock\nexpect no race\n";
        });
    }

    /** Many block numbers, lock arrays over them, single locks and vars. */
    @Provide
    Arbitrary<String> manyBlocksAndLocks() {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 70_000).withDistribution(
                net.jqwik.api.RandomDistribution.biased());
        return Combinators.combine(count, Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 300)).as((blocks, arrays, singles, vars) -> {
                    StringBuilder sb = new StringBuilder("scenario \"wide\"\nmemory { block_size 4K  zone Normal blocks 0..")
                            .append(blocks).append(" online }\n");
                    for (int i = 0; i < arrays; i++) {
                        sb.append("lock arr").append(i).append("[] : mutex\n");
                    }
                    for (int i = 0; i < singles; i++) {
                        sb.append("lock s").append(i).append(" : spinlock\n");
                    }
                    for (int i = 0; i < vars; i++) {
                        sb.append("var v").append(i).append(" = ").append(i).append('\n');
                    }
                    String first = singles > 0 ? "lock s0  unlock s0" : "";
                    String array = arrays > 0 ? "  lock arr0[0]  unlock arr0[0]" : "";
                    return sb + "thread \"t\" { " + first + array + " }\nthread \"u\" { " + first + " }\n";
                });
    }

    /** One or two threads with long bodies. */
    @Provide
    Arbitrary<String> longBodies() {
        return Arbitraries.of(STATEMENTS).list().ofMinSize(100).ofMaxSize(3_000).list().ofMinSize(1).ofMaxSize(2)
                .map(threads -> {
                    StringBuilder sb = new StringBuilder(HEAD);
                    for (int t = 0; t < threads.size(); t++) {
                        sb.append("thread \"t").append(t).append("\" {\n  ").append(String.join("\n  ", threads.get(t)))
                                .append("\n}\n");
                    }
                    return sb.toString();
                });
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(120).map(l -> String.join(" ", l));
    }

    /** A bundled sample with a few character or token edits. */
    @Provide
    Arbitrary<String> mutatedSamples() {
        List<String> samples = samples();
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, TOKENS.size() - 1))
                .as((kind, at, token) -> new int[] {kind, at, token});
        return Combinators.combine(Arbitraries.of(samples), edit.list().ofMinSize(1).ofMaxSize(6)).as((text, edits) -> {
            String s = text;
            for (int[] e : edits) {
                s = apply(s, e);
            }
            return s;
        });
    }

    private static final String PUNCTUATION = "{}()[]\"#\n 9-";

    private static String apply(String text, int[] e) {
        if (text.isEmpty()) {
            return TOKENS.get(e[2]);
        }
        int i = e[1] % text.length();
        StringBuilder sb = new StringBuilder(text);
        switch (e[0]) {
            case 0 -> sb.deleteCharAt(i);
            case 1 -> sb.insert(i, " " + TOKENS.get(e[2]) + " ");
            case 2 -> sb.insert(i, text, i, Math.min(text.length(), i + 1 + e[1] % 200)); // duplicate a stretch
            case 3 -> sb.delete(i, Math.min(text.length(), i + 1 + e[1] % 40));
            default -> sb.setCharAt(i, PUNCTUATION.charAt(e[1] % PUNCTUATION.length()));
        }
        return sb.toString();
    }

    private static List<String> samples() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".lks")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the default run: a few thousand scenarios

    @Property(tries = 60)
    void callChainsLoadOrGetAPositionedLimit(@ForAll("callChains") String text) {
        pipeline(text);
    }

    @Property(tries = 400)
    void manyThreadsLoadOrGetAPositionedLimit(@ForAll("manyThreads") String text) {
        pipeline(text);
    }

    @Property(tries = 60)
    void manyBlocksAndLocksLoadOrGetAPositionedLimit(@ForAll("manyBlocksAndLocks") String text) {
        pipeline(text);
    }

    @Property(tries = 60)
    void longBodiesLoadOrGetAPositionedLimit(@ForAll("longBodies") String text) {
        pipeline(text);
    }

    @Property(tries = 1500)
    void tokenSoupGetsPositionedErrors(@ForAll("tokenSoup") String text) {
        pipeline(text);
    }

    @Property(tries = 1000)
    void mutatedSamplesLoadOrGetPositionedErrors(@ForAll("mutatedSamples") String text) {
        pipeline(text);
    }

    // ---- the long run, only when asked for

    /** {@code -Dlockstep.fuzz.tries=N}: N more scenarios, drawn from every generator in turn. */
    @Example
    void longRunWhenAskedFor() {
        int tries = Integer.getInteger("lockstep.fuzz.tries", 0);
        if (tries <= 0) {
            return;
        }
        List<Arbitrary<String>> all = List.of(callChains(), manyThreads(), manyBlocksAndLocks(), longBodies(),
                tokenSoup(), mutatedSamples());
        Arbitrary<String> any = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, all.get(0)),
                net.jqwik.api.Tuple.of(4, all.get(1)), net.jqwik.api.Tuple.of(1, all.get(2)),
                net.jqwik.api.Tuple.of(1, all.get(3)), net.jqwik.api.Tuple.of(8, all.get(4)),
                net.jqwik.api.Tuple.of(8, all.get(5)));
        any.sampleStream().limit(tries).forEach(text -> {
            try {
                pipeline(text);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("failed on:\n" + clip(text), e);
            }
        });
    }
}
