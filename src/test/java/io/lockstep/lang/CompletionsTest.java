package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Ctrl+Space offers: names of the loaded scenario and its model, narrowed by the word before the caret. */
class CompletionsTest {
    private static final Scenario HEADLINE = headline();

    private static Scenario headline() {
        Loaded loaded = ScenarioLoader.load(Path.of("samples", "v40-hotadd-vs-udev-deadlock.lks"), null);
        assertTrue(loaded.ok(), loaded.diagnostics()::toString);
        return loaded.scenario();
    }

    private static List<String> offered(Scenario scenario, String textWithCaret) {
        int caret = textWithCaret.indexOf('|');
        String text = textWithCaret.replace("|", "");
        return new Completions(scenario).at(text, caret).candidates().stream().map(Completions.Candidate::text).toList();
    }

    @Test
    void afterCallTheEntryPointsOfTheModelComeFirstThenItsOtherProcs() {
        List<String> procs = offered(HEADLINE, "thread \"t\" { call |");
        assertTrue(procs.indexOf("state_store") >= 0 && procs.indexOf("state_store") < procs.indexOf("online_pages"), procs.toString());
        assertTrue(procs.stream().noneMatch(p -> p.equals("mem_hotplug_lock")), "no locks after call");
        assertEquals(List.of("probe_store"), offered(HEADLINE, "call probe_s|"));
        assertTrue(offered(HEADLINE, "call memtrace_|").isEmpty(), "v4.0 has no memtrace entry points");
    }

    @Test
    void afterALockVerbTheLocksOfTheModel() {
        assertEquals(List.of("device_hotplug_lock", "device_lock"), offered(HEADLINE, "  lock devi|"));
        Completions.Offer offer = new Completions(HEADLINE).at("unlock mem_h", 12);
        assertEquals(7, offer.from(), "the word being typed is what is replaced");
        assertEquals(List.of("mem_hotplug_lock"), offer.candidates().stream().map(Completions.Candidate::text).toList());
    }

    @Test
    void placesTheirFieldsZonesAndVars() {
        assertEquals(List.of("state", "online_type", "sysfs", "dev_offline", "nid"), offered(HEADLINE, "read block(b).|"));
        assertEquals(List.of("present_pages", "spanned_pages"), offered(HEADLINE, "read zone_of(b).|"));
        assertEquals(List.of("Movable"), offered(HEADLINE, "expect race zone(M|"));
        List<String> places = offered(HEADLINE, "read |");
        assertTrue(places.containsAll(List.of("block(", "zone(Normal).present_pages", "zone(Movable).spanned_pages",
                "node_present_pages", "memhp_auto_online")), places.toString());
    }

    @Test
    void afterSwitchOrSetTheSwitchesOfTheModel() {
        assertEquals(List.of("fix_30467e0b3be"), offered(HEADLINE, "if switch f|"));
        List<String> afterSet = offered(HEADLINE, "set |");
        assertEquals(List.of("fix_30467e0b3be", "block"), afterSet, "set chooses a switch, or sets a block's state");
        Completions.Candidate fix = new Completions(HEADLINE).at("set fix", 7).candidates().get(0);
        assertTrue(fix.detail().startsWith("switch, off now: 30467e0b3be"), fix.detail());
    }

    @Test
    void beforeAnyScenarioLoadedTheLanguagesOwnWords() {
        List<String> words = offered(null, "thread \"t\" { re|");
        assertTrue(words.containsAll(List.of("read", "read_lock", "restart", "return", "remove_memory")), words.toString());
        assertTrue(offered(null, "call |").containsAll(KernelNames.ENTRY_POINTS));
    }
}
