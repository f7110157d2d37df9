package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lockstep.engine.Capacity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to crash {@code lockstep check} (exit 70, a stack overflow, a full heap, a hang):
 * each now gets a positioned error that names the limit (exit 2) or is stopped by one (exit 3).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
    @TempDir
    Path dir;

    private static final String HEAD = """
            scenario "hostile"
            memory { block_size 128M  zone Normal blocks 0..3 online }
            lock a : mutex
            """;
    private static final Pattern POSITIONED = Pattern.compile("(?m)^\\S+:\\d+:\\d+: .+\\n    .*\\n    \\s*\\^");

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static CheckCommandTest.Result check(Path file, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "check";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = file.toString();
        return CheckCommandTest.run(args);
    }

    /** Exit 2 with {@code FILE:LINE:COL: message}, the line and a caret, the message containing {@code says}. */
    private static void invalid(CheckCommandTest.Result r, String says) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(POSITIONED.matcher(r.out()).find(), r.out());
        assertTrue(r.out().contains(says), r.out());
        assertTrue(!r.out().contains("internal error") && r.err().isEmpty(), r.out() + r.err());
    }

    /**
     * Exit 2 with {@code FILE: cannot read it: ...} containing {@code says}: no line of the file is at
     * fault, so there is no line number and no caret under an empty line.
     */
    private static void unread(CheckCommandTest.Result r, String says) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().matches("(?s)\\S+: cannot read it: [^\\n]*" + Pattern.quote(says) + ".*"), r.out());
        assertTrue(!r.out().contains("^"), r.out());
        assertTrue(!r.out().contains("internal error") && r.err().isEmpty(), r.out() + r.err());
    }

    @Test
    void tooManyThreads() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int t = 0; t <= Capacity.MAX_THREADS; t++) {
            sb.append("thread \"t").append(t).append("\" { lock a  unlock a }\n");
        }
        CheckCommandTest.Result r = check(write("threads.lks", sb + "expect no deadlock\n"));
        invalid(r, "at most " + Capacity.MAX_THREADS + " threads");
        assertTrue(r.out().contains(":" + (4 + Capacity.MAX_THREADS) + ":1: thread \"t" + Capacity.MAX_THREADS + "\""),
                r.out());
    }

    @Test
    void tooManyBlocks() throws IOException {
        invalid(check(write("blocks.lks", "scenario \"b\"\nmemory { block_size 128M  zone Normal blocks 0..65535 online }\n"
                + "lock a : mutex\nthread \"t\" { lock a  unlock a }\nexpect no deadlock\n")), "at most 4096 block numbers");
    }

    @Test
    void aBlockSizeWhosePagesOverflow() throws IOException {
        invalid(check(write("size.lks", "scenario \"b\"\nmemory { block_size 1024G  zone Normal blocks 0..7 online }\n"
                + "thread \"t\" { }\n")), "at most 1G");
    }

    @Test
    void tooManyLocks() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < 50_000; i++) {
            sb.append("lock l").append(i).append(" : mutex\n");
        }
        CheckCommandTest.Result r = check(write("locks.lks", sb + "thread \"t\" { lock l0  lock l49999 }\n"));
        invalid(r, "at most " + Capacity.MAX_LOCK_DECLS + " are allowed");
        assertTrue(r.out().contains("16,384"), r.out());
    }

    @Test
    void lockArraysTooWideForAState() throws IOException {
        StringBuilder sb = new StringBuilder("scenario \"w\"\nmemory { block_size 128M  zone Normal blocks 0..4095 online }\n");
        for (int i = 0; i < 300; i++) {
            sb.append("lock l").append(i).append("[] : mutex\n");
        }
        invalid(check(write("arrays.lks", sb + "thread \"t\" { lock l0[0]  unlock l0[0] }\n")), "lock instances");
    }

    @Test
    void varsTooManyForAState() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < 70_000; i++) {
            sb.append("var v").append(i).append(" = 0\n");
        }
        invalid(check(write("vars.lks", sb + "thread \"t\" { lock a  unlock a }\n")), "words");
    }

    @Test
    void aValueThatDoesNotFitAnInt() throws IOException {
        invalid(check(write("value.lks", HEAD + "var x = 99999999999\nthread \"t\" { write x = 1 }\n")), "32-bit int");
    }

    @Test
    void aThreadThatRestartsForeverStopsAtTheStateLimit() throws IOException {
        Path f = write("restart.lks", HEAD + """
                var x = 0
                thread "t" { read x -> v  write x = v + 1  trylock a else restart }
                thread "u" { lock a }
                expect no race
                """);
        CheckCommandTest.Result r = check(f, "--max-states", "1500000", "--no-timing");
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("STOPPED: the state limit (1500000 states) was reached"), r.out());
    }

    private static String chain(int depth, int callsPerProc) {
        return HEAD + procChain(depth, callsPerProc, "", "lock a  unlock a") + "thread \"t\" { call p0() }\nexpect no deadlock\n";
    }

    /**
     * Procs p0 .. p{depth}, each calling the next {@code fanOut} times with {@code arg} (a parameter
     * name, or "" for none); the last one runs {@code leaf}. Deep and exponential inlining both come
     * from here.
     */
    static String procChain(int depth, int fanOut, String arg, String leaf) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("proc p").append(i).append("(").append(arg).append(") at \"x.c:p\" {");
            for (int c = 0; c < fanOut; c++) {
                sb.append(" call p").append(i + 1).append("(").append(arg).append(")");
            }
            sb.append(" }\n");
        }
        sb.append("proc p").append(depth).append("(").append(arg).append(") at \"x.c:leaf\" { ").append(leaf)
                .append(" }\n");
        return sb.toString();
    }

    @Test
    void deepCallChains() throws IOException {
        for (int depth : new int[] {2_000, 20_000}) {
            invalid(check(write("chain" + depth + ".lks", chain(depth, 1))), "at most 256 levels");
        }
    }

    @Test
    void exponentialInliningIsRefusedBeforeItStarts() throws IOException {
        for (int depth : new int[] {20, 40}) {
            long t0 = System.nanoTime();
            CheckCommandTest.Result r = check(write("exp" + depth + ".lks", chain(depth, 2)), "--timeout", "5");
            invalid(r, "at most 1,000,000 for all threads together");
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "took too long");
        }
    }

    @Test
    void deepUseChains() throws IOException {
        for (int i = 0; i < 200; i++) {
            write("u" + i + ".lks", "use \"./u" + (i + 1) + ".lks\"\n");
        }
        write("u200.lks", "lock b : mutex\n");
        invalid(check(write("main.lks", HEAD + "use \"./u0.lks\"\nthread \"t\" { lock a  unlock a }\n")),
                "uses nest more than 32 files deep");
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() throws IOException {
        Path big = dir.resolve("big.lks");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(300L << 20); // 300 MiB, sparse: nothing is written
        }
        try {
            unread(check(big), "at most 4194304 bytes (4 MiB)");
        } finally {
            Files.delete(big);
        }
    }

    @Test
    void aDeviceIsNotRead() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        unread(CheckCommandTest.run("check", "/dev/zero"), "not a regular file");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoWithNoWriterIsNotOpened() throws Exception {
        Path fifo = dir.resolve("fifo.lks");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        unread(check(fifo), "not a regular file");
    }

    @Test
    void aFolderIsNotRead() {
        unread(CheckCommandTest.run("check", dir.toString()), "it is a folder");
    }

    @Test
    void theTimeoutHoldsWhateverTheInput() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD + "var x = 0\n");
        for (int t = 0; t < Capacity.MAX_THREADS; t++) {
            sb.append("thread \"t").append(t).append("\" { lock a  read x -> v  write x = v + 1  unlock a }\n");
        }
        long t0 = System.nanoTime();
        CheckCommandTest.Result r = check(write("wide.lks", sb + "expect no race\n"), "--timeout", "2", "--no-timing");
        long took = System.nanoTime() - t0;
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("the time limit (2 s) was reached"), r.out());
        assertTrue(took < TimeUnit.SECONDS.toNanos(6), "took " + took / 1e9 + " s");
    }

    @Test
    void aTimeoutBeyondAWeekIsAUsageError() throws IOException {
        CheckCommandTest.Result r = check(write("ok.lks", HEAD + "thread \"t\" { }\n"), "--timeout", "999999999999");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("at most"), r.err());
    }

    @Test
    void theHelpListsTheLimits() {
        CheckCommandTest.Result r = CheckCommandTest.run("check", "--help");
        assertTrue(r.out().contains("Limits") && r.out().contains("  threads       " + Capacity.MAX_THREADS)
                && r.out().contains("4 MiB") && r.out().contains("1,000,000"), r.out());
    }
}
