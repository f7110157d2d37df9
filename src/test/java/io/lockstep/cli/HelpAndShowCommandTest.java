package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.cli.CheckCommandTest.Result;
import io.lockstep.lang.LanguageReference;
import io.lockstep.lang.Releases;
import org.junit.jupiter.api.Test;

/** {@code lockstep help [language|COMMAND]} and {@code lockstep show MODEL [PROC]}. */
class HelpAndShowCommandTest {
    private static Result run(String... args) {
        return CheckCommandTest.run(args);
    }

    @Test
    void helpLanguagePrintsTheBundledReference() {
        Result r = run("help", "language");
        assertEquals(0, r.code(), r.err());
        assertEquals(LanguageReference.text(), r.out());
        assertTrue(r.out().startsWith("# The Lockstep scenario language"), r.out());
    }

    @Test
    void helpAloneAndHelpOfACommandPrintTheirUsage() {
        Result all = run("help");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("Usage: lockstep"), all.out());
        assertTrue(all.out().contains("show"), all.out());
        Result check = run("help", "check");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("Usage: lockstep check"), check.out());
        Result show = run("help", "show");
        assertTrue(show.out().contains("Usage: lockstep show"), show.out());
    }

    @Test
    void helpOfAnUnknownTopicNamesTheTopicsAndExitsTwo() {
        Result r = run("help", "languages");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown topic languages; the topics are language, check"), r.err());
    }

    @Test
    void theNewCommandWordsStartTheCommandLine() {
        assertTrue(Main.isCommand("show"));
        assertTrue(Main.isCommand("help"));
    }

    @Test
    void showModelProcPrintsItsTextCitationAndCallers() {
        Result r = run("show", "v4.20", "online_pages");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("# facts C.1: online_pages() takes mem_hotplug_lock itself"), out);
        assertTrue(out.contains("proc online_pages(b) at \"mm/memory_hotplug.c:online_pages\" why \"Onlines the pages;"), out);
        assertTrue(out.contains("  call mem_hotplug_done()\n}\n"), out);
        assertTrue(out.contains("at \"mm/memory_hotplug.c:online_pages\""), out);
        assertTrue(out.contains("called by: memory_block_change_state"), out);
        assertTrue(!out.contains("proc move_pfn_range_to_zone"), "only the one proc: " + out);
    }

    @Test
    void showOfAnEntryPointSaysNoProcCallsIt() {
        Result r = run("show", "v4.20", "online_store");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("called by: no proc (an entry point)"), r.out());
    }

    @Test
    void showModelPrintsTheWholeModel() {
        Result r = run("show", "v4.20");
        assertEquals(0, r.code(), r.err());
        assertEquals(Releases.text("v4.20").orElseThrow(), r.out());
    }

    @Test
    void anUnknownModelIsAnErrorNamingTheBundledOnes() {
        Result r = run("show", "v4.2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown model v4.2; did you mean"), r.err());
        assertTrue(r.err().contains("v4.0, v4.18, v4.20, v6.14"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownProcIsAnErrorSuggestingTheKnownOnes() {
        Result r = run("show", "v4.20", "online_page");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("model v4.20 has no proc online_page; did you mean online_pages?"), r.err());
        assertTrue(r.err().contains("its procs are: lock_device_hotplug_sysfs,"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void showWithoutAModelIsAUsageError() {
        Result r = run("show");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("MODEL"), r.err());
    }
}
