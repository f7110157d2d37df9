package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code lockstep import-lockdep}: the corpus becomes scenarios whose check finds the deadlock; bad input exits 2. */
class ImportLockdepCommandTest {
    private static final Path CORPUS = Path.of("src/test/resources/lockdep");

    @TempDir
    Path dir;

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theImportedScenarioChecksAndFindsTheDeadlock(String name) throws IOException {
        Path report = dir.resolve(name);
        Files.copy(CORPUS.resolve(name), report);
        Path out = dir.resolve("out.lks");
        Result imported = CheckCommandTest.run("import-lockdep", report.toString(), "-o", out.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("wrote " + out + "\n"), imported.out());
        assertTrue(imported.out().contains("classes:\n"), imported.out());
        Result check = CheckCommandTest.run("check", "--no-timing", out.toString());
        assertEquals(0, check.code(), check.out() + check.err() + Files.readString(out));
        assertTrue(check.out().matches("(?s).*\\n  expect deadlock +holds.*"), check.out());
        assertFalse(check.out().contains("fails"), "every expect line the import writes holds: " + check.out());
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
    }

    @Test
    void theMappingTableAndTheUnmappedClassesArePrinted() throws IOException {
        Path report = dir.resolve("splat.txt");
        Files.copy(CORPUS.resolve("web-archive-flattened.txt"), report);
        Result r = CheckCommandTest.run("import-lockdep", report.toString());
        assertEquals(0, r.code(), r.err());
        Path out = dir.resolve("splat.lks");
        assertTrue(Files.exists(out), "the default output is the report's name with .lks");
        assertTrue(r.out().matches("(?s).*\\n  kn->count#241 +-> kn_active\\n.*"), r.out());
        assertTrue(r.out().contains("unmapped (declared as plain locks of the scenario): (work_completion)(&(&hpw->work)->work)\n"), r.out());
        assertTrue(Files.readString(out).contains("lock work_completion_hpw_work_work : mutex lockdep"
                + " \"(work_completion)(&(&hpw->work)->work)\"    # unmapped"), Files.readString(out));
        Result again = CheckCommandTest.run("import-lockdep", report.toString());
        assertEquals(2, again.code(), "an existing scenario is not replaced without --force");
        assertTrue(again.err().contains("exists; choose another -o or add --force"), again.err());
        assertEquals(0, CheckCommandTest.run("import-lockdep", "--force", report.toString()).code());
    }

    @Test
    void textThatIsNoReportIsAPositionedErrorAndExit2() throws IOException {
        Path report = dir.resolve("notes.txt");
        Files.writeString(report, "just some notes\nabout locking\n");
        Result r = CheckCommandTest.run("import-lockdep", report.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(report + ":1:1: expected a lockdep report: no line says 'possible circular locking"
                + " dependency detected'"), r.err());
        assertTrue(r.err().contains("\n    just some notes\n    ^"), r.err());
        assertFalse(Files.exists(dir.resolve("notes.lks")));
    }

    @Test
    void aMissingReportExits2() {
        Result r = CheckCommandTest.run("import-lockdep", dir.resolve("nope.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot read the report: no such file"), r.err());
    }

    @Test
    void helpAndMainKnowTheCommand() {
        assertTrue(Main.isCommand("import-lockdep"));
        Result help = CheckCommandTest.run("help", "import-lockdep");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: lockstep import-lockdep"), help.out());
    }
}
