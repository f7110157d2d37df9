package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lockstep export}: for chrome-trace, a golden file for the headline deadlock, every sample's
 * exports valid Trace Event Format ({@link TraceEventChecks}); for promela, a golden model of the
 * headline (whether SPIN agrees with it is {@code SpinDifferentialTest}); and the error paths.
 * Regenerate the golden files with {@code mvn test -Dtest=ExportCommandTest -Dgolden.update=true}.
 */
class ExportCommandTest {
    private static final String HEADLINE = "samples/v40-hotadd-vs-udev-deadlock.lks";
    private static final List<String> KINDS = List.of("deadlock", "inversion", "guarded-inversion", "race", "violation");

    @TempDir
    Path dir;

    static Result export(String... args) {
        String[] all = Stream.concat(Stream.of("export", "--format", "chrome-trace"), Stream.of(args))
                .toArray(String[]::new);
        return CheckCommandTest.run(all);
    }

    /** The trace with its generator's version masked: the golden file stays valid across version bumps. */
    private static String withoutVersion(String json) {
        return json.replaceFirst("\"generator\":\"lockstep [^\"]*\"", "\"generator\":\"lockstep\"");
    }

    @Test
    void theHeadlineDeadlockMatchesItsGoldenFile() throws IOException {
        Result r = export("--schedule", "deadlock", HEADLINE);
        assertEquals(0, r.code(), r.err());
        Path golden = Path.of("samples", "v40-hotadd-vs-udev-deadlock.chrome-trace.json");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, r.out());
        }
        assertEquals(withoutVersion(Files.readString(golden)), withoutVersion(r.out()));
        TraceEventChecks.check(r.out(), HEADLINE);
        // The deadlock's story, as a viewer shows it: both waits open at the end, and the finding.
        assertTrue(r.out().contains("\"name\":\"waiting: probe (write)\""), r.out());
        assertTrue(r.out().contains("\"name\":\"waiting: udev (write)\""), r.out());
        assertTrue(r.out().contains("\"name\":\"online_pages (mm/memory_hotplug.c)\",\"cat\":\"frame\""), r.out());
        assertTrue(r.out().contains("\"name\":\"deadlock\",\"cat\":\"finding\",\"ph\":\"i\""), r.out());
        assertTrue(r.out().contains("\"time_scale\":\"step k (1-based) runs from ts = k * 1000 us"), r.out());
    }

    @Test
    void thePromelaModelOfTheHeadlineMatchesItsGoldenFileAndIsTheSameEveryTime() throws IOException {
        Result r = CheckCommandTest.run("export", "--format", "promela", HEADLINE);
        assertEquals(0, r.code(), r.err());
        Path golden = Path.of("samples", "v40-hotadd-vs-udev-deadlock.pml");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, r.out());
        }
        assertEquals(Files.readString(golden), r.out());
        assertEquals(r.out(), CheckCommandTest.run("export", "--format", "promela", HEADLINE).out(), "deterministic");
        // one proctype per thread, the watch for wait-for cycles, and how to run SPIN on it
        assertTrue(r.out().contains("proctype T0() {") && r.out().contains("proctype T1() {"), r.out());
        assertTrue(r.out().contains("proctype watch() {"), r.out());
        assertTrue(r.out().contains("./pan -A"), r.out());
        Path out = dir.resolve("model.pml");
        Result toFile = CheckCommandTest.run("export", "--format", "promela", "-o", out.toString(), HEADLINE);
        assertEquals(0, toFile.code(), toFile.err());
        assertEquals(r.out(), Files.readString(out));
    }

    @Test
    void theSameRunGivesTheSameBytesAndOutputGoesToAFile() throws IOException {
        Path out = dir.resolve("run.json");
        Result toFile = export("--steps", "30", "-o", out.toString(), HEADLINE);
        assertEquals(0, toFile.code(), toFile.err());
        assertEquals("", toFile.out());
        assertEquals(export("--steps", "30", HEADLINE).out(), Files.readString(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void everySampleExportsValidTraceEventJsonForThirtyStepsAndEachKindItHas() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".lks")).sorted().toList();
        }
        assertFalse(samples.isEmpty());
        int kindsExported = 0;
        for (Path sample : samples) {
            Result steps = export("--steps", "30", sample.toString());
            assertEquals(0, steps.code(), sample + ": " + steps.err());
            TraceEventChecks.check(steps.out(), sample + " --steps 30");
            for (String kind : KINDS) {
                Result r = export("--schedule", kind, sample.toString());
                if (r.code() == 1) {
                    assertTrue(r.err().contains("no interleaving shows a"), sample + " " + kind + ": " + r.err());
                    continue;
                }
                assertEquals(0, r.code(), sample + " " + kind + ": " + r.err());
                TraceEventChecks.check(r.out(), sample + " --schedule " + kind);
                assertTrue(r.out().contains("\"cat\":\"finding\""), sample + " " + kind + " shows its finding");
                kindsExported++;
            }
        }
        assertTrue(kindsExported >= samples.size(), "most samples show at least one finding: " + kindsExported);
    }

    @Test
    void badInputGetsAMessageAndANonZeroExitNeverAStackTrace() throws IOException {
        Result format = CheckCommandTest.run("export", "--format", "dot", "--steps", "3", HEADLINE);
        assertEquals(2, format.code());
        assertTrue(format.err().contains("unknown format 'dot'; the formats are chrome-trace, promela"), format.err());
        Result promelaRun = CheckCommandTest.run("export", "--format", "promela", "--steps", "3", HEADLINE);
        assertEquals(2, promelaRun.code());
        assertTrue(promelaRun.err().contains("--schedule and --steps are for chrome-trace"), promelaRun.err());
        assertEquals("", promelaRun.out());
        Path bad0 = dir.resolve("bad0.lks");
        Files.writeString(bad0, "scenario \"x\"\nthread \"a\" {\n  lok foo\n}\n");
        Result promelaInvalid = CheckCommandTest.run("export", "--format", "promela", bad0.toString());
        assertEquals(2, promelaInvalid.code());
        assertTrue(promelaInvalid.err().contains("bad0.lks:3:3: expected a statement"), promelaInvalid.err());
        Path big = dir.resolve("big.lks");
        Files.writeString(big, "scenario \"x\"\nlock a : mutex\nthread \"a\" {\n  let w = 99999999999  lock a\n}\n");
        Result unsupported = CheckCommandTest.run("export", "--format", "promela", big.toString());
        assertEquals(2, unsupported.code());
        assertTrue(unsupported.err().contains("big.lks:4:3: the number 99999999999 does not fit in SPIN's 32-bit int"
                + " (in 'let w = 99999999999'); the Promela export cannot express it"), unsupported.err());
        assertEquals("", unsupported.out());

        Result missing = export("--steps", "3", dir.resolve("nope.lks").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.lks: cannot read it"), missing.err()); // no line of it is at fault: no position

        Path bad = dir.resolve("bad.lks");
        Files.writeString(bad, "scenario \"x\"\nthread \"a\" {\n  lok foo\n}\n");
        Result invalid = export("--steps", "3", bad.toString());
        assertEquals(2, invalid.code());
        assertTrue(invalid.err().contains("bad.lks:3:3: expected a statement"), invalid.err());
        assertTrue(invalid.err().contains("      lok foo\n      ^"), invalid.err());
        assertTrue(invalid.err().contains("1 error, not exported"), invalid.err());
        assertEquals("", invalid.out());

        Result noRace = export("--schedule", "race", HEADLINE);
        assertEquals(1, noRace.code());
        assertTrue(noRace.err().contains("no interleaving shows a race"), noRace.err());
        assertEquals("", noRace.out());

        Result kind = export("--schedule", "racy", HEADLINE);
        assertEquals(2, kind.code());
        assertTrue(kind.err().contains("--schedule wants deadlock, inversion, guarded-inversion, race or violation"));

        Result both = export("--schedule", "race", "--steps", "3", HEADLINE);
        assertEquals(2, both.code());
        Result neither = export(HEADLINE);
        assertEquals(2, neither.code());
        assertTrue(neither.err().contains("--format chrome-trace writes one run: give --schedule KIND or --steps N"),
                neither.err());
        Result negative = export("--steps", "-1", HEADLINE);
        assertEquals(2, negative.code());
        Result huge = export("--steps", "100001", HEADLINE);
        assertEquals(2, huge.code());
        Result self = export("--steps", "3", "-o", HEADLINE, HEADLINE);
        assertEquals(2, self.code());
        assertTrue(self.err().contains("is the scenario itself"), self.err());
        Result release = export("--steps", "3", "--release", "v9", HEADLINE);
        assertEquals(2, release.code());
        assertTrue(release.err().contains("unknown release v9"), release.err());
        Result set = export("--steps", "3", "--set", "patch9=on", HEADLINE);
        assertEquals(2, set.code());
        assertTrue(set.err().contains("unknown switch patch9"), set.err());

        Result folder = export("--steps", "3", "-o", dir.resolve("no/such/run.json").toString(), HEADLINE);
        assertEquals(1, folder.code());
        assertTrue(folder.err().contains("its folder does not exist"), folder.err());

        for (Result r : List.of(format, promelaRun, promelaInvalid, unsupported, missing, invalid, noRace, kind, both, neither, negative, huge, self, release, set,
                folder)) {
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void exportIsACommandAndInTheHelp() {
        assertTrue(Main.isCommand("export"));
        Result help = CheckCommandTest.run("--help");
        assertTrue(help.out().contains("export"), help.out());
        Result own = CheckCommandTest.run("help", "export");
        assertEquals(0, own.code());
        assertTrue(own.out().contains("ts = k * 1000 us"), own.out());
        assertTrue(own.out().contains("promela is the whole scenario"), own.out());
        assertTrue(own.out().contains("lockstep export --format promela -o model.pml FILE.lks"), own.out());
    }
}
