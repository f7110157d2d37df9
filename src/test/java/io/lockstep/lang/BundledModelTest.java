package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.model.ProcDecl;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The people's view of a bundled model behind {@code lockstep show}: proc texts and callers. */
class BundledModelTest {
    @Test
    void aProcsWhyIsParsedIntoItsDeclarationAndStaysInItsText() {
        BundledModel m = BundledModel.load("v4.18").orElseThrow();
        ProcDecl p = m.proc("online_pages").orElseThrow();
        assertTrue(p.why() != null && p.why().contains("mem_hotplug_lock"), p.why());
        assertTrue(m.source(p).contains("why \"" + p.why() + "\""), "lockstep show prints the why as written");
    }

    @Test
    void everyProcOfEveryModelHasItsOwnTextFromItsCommentsToItsClosingBrace() {
        for (String release : Releases.BUNDLED) {
            BundledModel m = BundledModel.load(release).orElseThrow();
            assertFalse(m.procNames().isEmpty(), release);
            for (String name : m.procNames()) {
                ProcDecl p = m.proc(name).orElseThrow();
                String source = m.source(p);
                List<String> lines = source.lines().toList();
                String head = lines.stream().filter(l -> !l.strip().startsWith("#")).findFirst().orElseThrow();
                assertTrue(head.startsWith("proc " + name + "("), release + " " + name + ": " + source);
                assertEquals("}", lines.get(lines.size() - 1).strip(), release + " " + name + ": " + source);
                assertTrue(m.text().contains(source), release + " " + name + ": not a verbatim span");
                assertFalse(source.contains("# ====="), release + " " + name + ": a section banner is not its comment");
                assertEquals(1, lines.stream().filter(l -> l.startsWith("proc ")).count(), release + " " + name);
            }
        }
    }

    @Test
    void callersAreTheProcsWhoseBodiesCallIt() {
        BundledModel m = BundledModel.load("v4.20").orElseThrow();
        assertEquals(List.of("memory_block_change_state"), m.callers("online_pages"));
        assertTrue(m.callers("mem_hotplug_begin").contains("online_pages"));
        assertEquals(List.of(), m.callers("online_store"));
        assertTrue(BundledModel.isEntryPoint("online_store"));
    }

    @Test
    void onlyBundledNamesLoad() {
        assertTrue(BundledModel.load("v4.2").isEmpty());
        assertTrue(BundledModel.load("../models/v4.20").isEmpty());
        assertEquals("; did you mean online_pages?", BundledModel.load("v4.20").orElseThrow().suggestProc("online_page"));
    }
}
