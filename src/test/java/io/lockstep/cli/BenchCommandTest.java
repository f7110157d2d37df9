package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Capacity;
import io.lockstep.engine.Program;
import io.lockstep.explore.Explorer;
import io.lockstep.explore.Progress;
import io.lockstep.explore.SearchOptions;
import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.model.Scenario;
import io.lockstep.model.StmtText;
import io.lockstep.model.ThreadSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lockstep bench: its rows, options and errors. No timing is asserted: the machine is shared. */
class BenchCommandTest {
    private static final Pattern ROW = Pattern.compile("^ {2,}(\\S.*?)\\s{2,}([0-9,]+)\\s+([0-9,]+|-)\\s+([0-9.]+)\\s+([0-9.]+)"
            + "\\s+([0-9]+)\\s+([0-9.]+)\\s+([0-9]+)$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    record Row(String name, long states) {}

    private static List<Row> rows(String out) {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(out);
        while (m.find()) {
            rows.add(new Row(m.group(1).trim(), Long.parseLong(m.group(2).replace(",", ""))));
        }
        return rows;
    }

    private static Program program(String name, String text) {
        Loaded l = ScenarioLoader.loadTextChecked(name, text, null, null, Capacity::check);
        assertTrue(l.ok(), l.diagnostics().toString());
        return Program.compile(l.scenario());
    }

    private static long states(Program p, SearchOptions options) {
        return new Explorer(p).explore(BenchMeasure.LIMITS.withSearch(options), Progress.NONE).states();
    }

    @Test
    void theFamilyAndTheActorsHaveARowPerEngineWithEveryColumn() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CheckCommandTest.Result r = CheckCommandTest.run("bench", "--no-spin", "--no-startup", "--runs", "1", "--family", "2x2",
                "--actors", "1,2", "--samples", empty.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        for (String column : new String[] {"model", "states", "transitions", "warm ms", "cold ms", "B/state", "heap MB",
                "states/s"}) {
            assertTrue(r.out().contains(column), column + " in\n" + r.out());
        }
        assertTrue(r.out().contains(">= 1 means Lockstep is faster"), r.out());
        List<Row> rows = rows(r.out());
        assertEquals(List.of("family 2x2", "baseline engine", "actors 1 on v4.18", "baseline engine", "actors 2 on v4.18",
                "baseline engine"), rows.stream().map(Row::name).toList(), r.out());
        // Each row is what its engine explores (today the two engines explore the same states;
        // the reduced engine may explore fewer, never find other things).
        List<Program> programs = List.of(program("f.lks", BenchFamily.scenario(2, 2)), program("a1.lks", BenchFamily.actors(1)),
                program("a2.lks", BenchFamily.actors(2)));
        for (int i = 0; i < programs.size(); i++) {
            assertEquals(states(programs.get(i), SearchOptions.DEFAULT), rows.get(2 * i).states(), rows.get(2 * i).name());
            assertEquals(states(programs.get(i), SearchOptions.BASELINE), rows.get(2 * i + 1).states(), "baseline of " + i);
        }
        assertEquals(161, rows.get(1).states(), "the baseline explores the 2x2 family's 161 states");
        assertEquals(3, r.out().split("ratios \\(>= 1: Lockstep faster\\): baseline warm / auto warm ", -1).length - 1, r.out());
        assertFalse(r.out().contains("disagree"), r.out());
        assertFalse(r.out().contains("SPIN, same model"), r.out());
    }

    @Test
    void theBaselineEngineAloneHasNoComparisonRows() {
        CheckCommandTest.Result r = CheckCommandTest.run("bench", "--engine", "BASELINE", "--no-spin", "--no-startup", "--runs",
                "1", "--family", "none", "--actors", "1", "--samples", "none");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("engine baseline on 1 thread"), r.out());
        assertEquals(List.of("actors 1 on v4.18"), rows(r.out()).stream().map(Row::name).toList(), r.out());
    }

    @Test
    void theThreadsAndTheComparisonCanBeChosen() {
        CheckCommandTest.Result r = CheckCommandTest.run("bench", "--threads", "1", "--no-compare-baseline", "--no-spin",
                "--no-startup", "--runs", "1", "--family", "2x2", "--actors", "none", "--samples", "none");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("engine auto on 1 thread"), r.out());
        assertEquals(List.of("family 2x2"), rows(r.out()).stream().map(Row::name).toList(), r.out());
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        CheckCommandTest.Result engine = CheckCommandTest.run("bench", "--engine", "fast", "--no-spin");
        assertEquals(2, engine.code());
        assertTrue(engine.err().contains("unknown engine 'fast': auto, reduced, full or baseline"), engine.err());
        for (String[] args : new String[][] {{"--actors", "0"}, {"--actors", "1..7"}, {"--actors", "3..2"}, {"--actors", "x"},
                {"--actors", "4,,5"}, {"--family", "4y4"}, {"--family", "0x2"}, {"--threads", "-1"}, {"--runs", "0"}}) {
            List<String> all = new ArrayList<>(List.of("bench", "--no-spin", "--no-startup", "--samples", "none"));
            all.addAll(List.of(args));
            CheckCommandTest.Result r = CheckCommandTest.run(all.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.out() + r.err());
            assertTrue(r.err().contains(args[0]), r.err());
        }
    }

    @Test
    void spinMeasuresTheSameFamilyWhereItIsInstalled() throws IOException {
        Assumptions.assumeTrue(io.lockstep.promela.Spin.find() != null, "spin and gcc are not installed");
        CheckCommandTest.Result r = CheckCommandTest.run("bench", "--no-startup", "--no-compare-baseline", "--runs", "1",
                "--family", "2x2", "--actors", "none", "--samples", "none");
        assertEquals(0, r.code(), r.out() + r.err());
        List<Row> rows = rows(r.out());
        assertEquals(List.of("family 2x2", "SPIN, same model"), rows.stream().map(Row::name).toList(), r.out());
        assertTrue(rows.get(1).states() > 0, r.out());
        assertTrue(r.out().contains("SPIN pan / warm "), r.out());
        assertTrue(r.out().contains("; SPIN end to end / Lockstep end to end "), r.out());
    }

    @Test
    void theStartUpIsACheckInANewJvmAgainstABareOne() throws IOException {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Files.writeString(samples.resolve("one.lks"), """
                scenario "one lock"
                memory { block_size 128M  zone Normal blocks 0..1 online }
                lock a : mutex
                thread "t" { lock a  unlock a }
                expect no deadlock
                """);
        CheckCommandTest.Result r = CheckCommandTest.run("bench", "--no-spin", "--runs", "1", "--family", "none", "--actors",
                "none", "--samples", samples.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of("one.lks"), rows(r.out()).stream().map(Row::name).toList(), r.out());
        assertTrue(r.out().contains("start-up (median of 3): cold 'lockstep check " + samples.resolve("one.lks")), r.out());
        assertTrue(r.out().contains("(check / bare JVM; target <= 3)"), r.out());
    }

    /** samples/bench/ holds the six actors for `lockstep check`; the samples tests must not run them. */
    @Test
    void theSixActorSampleIsTheFamilysLastRowAndNoOrdinarySample() throws IOException {
        Path six = Path.of("samples", "bench", "v418-six-actors.lks");
        Loaded sample = ScenarioLoader.load(six, null);
        assertTrue(sample.ok(), sample.diagnostics().toString());
        Loaded generated = ScenarioLoader.loadTextChecked("six.lks", BenchFamily.actors(6), null, null, Capacity::check);
        assertTrue(generated.ok(), generated.diagnostics().toString());
        assertEquals(shape(generated.scenario()), shape(sample.scenario()));
        assertEquals(generated.scenario().title(), sample.scenario().title());
        assertNotNull(sample.scenario().expects());
        assertTrue(SamplesTest.samples().noneMatch(p -> p.toAbsolutePath().startsWith(six.toAbsolutePath().getParent())));
    }

    /** The threads (labels and statements) and the memory layout, without source positions. */
    private static List<String> shape(Scenario s) {
        List<String> shape = new ArrayList<>();
        for (ThreadSpec t : s.threads()) {
            shape.add(t.label() + ": " + t.body().stream().map(StmtText::of).toList());
        }
        s.memory().ranges().forEach(z -> shape.add(z.zone() + " " + z.first() + ".." + z.last() + " " + z.initial()));
        shape.add("block size " + s.memory().blockSize());
        return shape;
    }
}
