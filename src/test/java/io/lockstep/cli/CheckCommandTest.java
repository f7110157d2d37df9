package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line contract of scenario-language.md: output, exit codes, --release, --json. */
class CheckCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static final String ABBA = """
            scenario "ABBA between two locks"
            memory { block_size 128M  zone Normal blocks 0..3 online }
            lock a : mutex
            lock b : mutex
            thread "left"  { lock a  lock b  unlock b  unlock a }
            thread "right" { lock b  lock a  unlock a  unlock b }
            """;

    @Test
    void exitsZeroWhenEveryExpectationHolds() throws IOException {
        Result r = run("check", write("abba.lks", ABBA + "expect deadlock\nexpect inversion a b\n").toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("expect deadlock"), r.out());
        assertTrue(r.out().contains("   1  left:  lock a"), r.out());
        assertTrue(r.out().contains("Possible unsafe locking scenario"), r.out());
        assertTrue(r.out().contains("2 of 2 expectations hold"), r.out());
    }

    @Test
    void exitsOneWhenAnExpectationFails() throws IOException {
        Result r = run("check", write("abba.lks", ABBA + "expect no deadlock\n").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("FAILS"), r.out());
    }

    @Test
    void exitsOneWhenARuntimeErrorIsReachable() throws IOException {
        Result r = run("check", write("err.lks", """
                scenario "unlock what is not held"
                lock a : mutex
                thread "t" { unlock a }
                expect no deadlock
                """).toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("err.lks:3:14: runtime error in thread \"t\": unlock of a"), r.out());
    }

    @Test
    void exitsTwoWithAPositionedMessageOnInvalidInput() throws IOException {
        Path f = write("bad.lks", "scenario \"bad\"\nthread \"t\" { lock nosuch }\n");
        Result r = run("check", f.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains(f + ":2:19: "), r.out());
        assertTrue(r.out().contains("    thread \"t\" { lock nosuch }\n                      ^"), r.out());
        assertTrue(!r.out().contains("Exception") && !r.err().contains("Exception"), r.out() + r.err());
    }

    @Test
    void exitsTwoForAMissingFile() {
        Result r = run("check", dir.resolve("nope.lks").toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("nope.lks: cannot read it: no such file\n"), r.out());
        assertTrue(!r.out().contains("^"), "no caret under an empty line: " + r.out());
    }

    @Test
    void exitsThreeWhenALimitStopsTheExploration() throws IOException {
        Result r = run("check", "--max-states", "20", write("abba.lks", ABBA + "expect no deadlock\n").toString());
        assertEquals(1, r.code(), "a deadlock within twenty states already fails 'no deadlock'");
        Result r2 = run("check", "--max-states", "3", write("abba2.lks", ABBA + "expect no race\n").toString());
        assertEquals(3, r2.code(), r2.out());
        assertTrue(r2.out().contains("STOPPED: the state limit (3 states) was reached"), r2.out());
        assertTrue(r2.out().contains("not settled"), r2.out());
    }

    @Test
    void releaseSwitchRunsTheSameThreadsUnderAnotherModel() {
        Result before = run("check", "--no-timing", "samples/v40-hotadd-vs-udev-deadlock.lks");
        Result after = run("check", "--no-timing", "--release", "v4.20", "samples/v40-hotadd-vs-udev-deadlock.lks");
        assertEquals(0, before.code(), before.out());
        assertEquals(1, after.code(), "the deadlock is gone under v4.20, so 'expect deadlock' fails");
        assertTrue(after.out().contains("(kernel model v4.20)"), after.out());
        assertTrue(after.out().contains("expect deadlock") && after.out().contains("FAILS"), after.out());
        assertTrue(after.out().contains("guarded inversion"), after.out());
    }

    @Test
    void jsonCarriesTheSameVerdicts() throws IOException {
        Result r = run("check", "--json", "--no-timing", "samples/v40-hotadd-vs-udev-deadlock.lks");
        assertEquals(0, r.code(), r.out());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode file = root.get("files").get(0);
        assertEquals("v4.0", file.get("release").asText());
        assertEquals("holds", file.get("verdicts").get(0).get("status").asText());
        JsonNode finding = file.get("findings").get(0);
        assertTrue(finding.get("schedule").size() > 0);
        assertTrue(finding.get("schedule").get(0).has("at"));
        assertEquals(0, root.get("exitCode").asInt());
    }

    @Test
    void outputIsTheSameTwice() {
        Result one = run("check", "--no-timing", "samples/v418-online-attr-vs-probe-race.lks");
        Result two = run("check", "--no-timing", "samples/v418-online-attr-vs-probe-race.lks");
        assertEquals(one.out(), two.out());
    }

    @Test
    void helpExplainsCommandsAndExitCodes() {
        Result top = run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("check") && top.out().contains("bench"), top.out());
        Result check = run("check", "--help");
        assertTrue(check.out().contains("--release") && check.out().contains("Exit codes"), check.out());
    }

    @Test
    void anUnknownReleaseIsInvalidInput() {
        Result r = run("check", "--release", "v9.9", "samples/v40-hotadd-vs-udev-deadlock.lks");
        assertEquals(2, r.code(), r.out());
    }
}
