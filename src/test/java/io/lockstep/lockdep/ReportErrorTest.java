package io.lockstep.lockdep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.lang.Diagnostic;
import org.junit.jupiter.api.Test;

/** Text the parser recognises but cannot read: an error at the line and column, saying what was expected. */
class ReportErrorTest {
    private static final String HEAD = "WARNING: possible circular locking dependency detected\n"
            + "4.20.0 #1 Not tainted\n"
            + "------------------------------------------------------\n";

    private static Diagnostic error(String text) {
        ReportParser.Result r = ReportParser.parse("r.txt", text);
        assertFalse(r.ok(), "expected an error for:\n" + text);
        return r.error();
    }

    private static void assertAt(Diagnostic d, int line, int col, String message) {
        assertEquals(line + ":" + col, d.pos().line() + ":" + d.pos().col(), d.format());
        assertTrue(d.message().contains(message), d.format());
    }

    @Test
    void aLinkWithoutItsNumber() {
        assertAt(error(HEAD + "-> (A){+.+.}:\n"), 4, 3, "expected ' #N' (the link's number) after '->'");
    }

    @Test
    void linksThatDoNotCountDown() {
        Diagnostic d = error(HEAD + "-> #1 (A){+.+.}:\n       f+0x1/0x2\n\n-> #3 (B){+.+.}:\n");
        assertAt(d, 7, 4, "expected link #0 (the chain counts down to #0), found #3");
        assertTrue(d.format().endsWith("\n    -> #3 (B){+.+.}:\n       ^"), d.format());
    }

    @Test
    void anUnclosedClassPointsPastTheEndOfTheLine() {
        assertAt(error(HEAD + "-> #1 (&dev->mutex{+.+.}:\n"), 4, 26, "expected ')' closing the lock class '(&dev->mutex{+.+.}:'");
    }

    @Test
    void positionsCountTheQuotingAndTimestampsTheUserSees() {
        Diagnostic d = error("> [  12.5] " + HEAD.replace("\n", "\n> [  12.5] ") + "-> #1 A:\n");
        assertAt(d, 4, 18, "expected '(' and the lock class after '-> #1'");
    }

    @Test
    void garbageAfterTheClassOfALink() {
        assertAt(error(HEAD + "-> #1 (A){+.+.} junk\n"), 4, 17, "expected ':' after the lock class of link #1");
    }

    @Test
    void aHeldLockWithoutItsClass() {
        assertAt(error(HEAD + "2 locks held by bash/1:\n #0: 0000 garbage\n"), 5, 5, "expected 'ADDRESS (class){usage}, at: function'");
    }

    @Test
    void aChainLineWithAMissingClass() {
        assertAt(error(HEAD + "Chain exists of:\n  A -->  --> C\n"), 5, 8, "expected the chain 'A --> B --> C'");
    }

    @Test
    void aLoneLinkThatIsNotTheLast() {
        // Right under the title, where the kernel ident usually is: still read as a link.
        Diagnostic d = error("WARNING: possible circular locking dependency detected\n-> #2 (A){+.+.}:\n  f+0x1/0x2\n");
        assertAt(d, 2, 1, "expected links '-> #1' down to '-> #0' after link #2");
    }

    @Test
    void aHeaderAlone() {
        Diagnostic d = error(HEAD);
        assertTrue(d.message().startsWith("expected the locks of the report"), d.format());
        assertEquals(4, d.pos().line(), d.format());
    }
}
