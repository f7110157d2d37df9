package io.lockstep.lang;

import static io.lockstep.lang.Lks.MINIMAL;
import static io.lockstep.lang.Lks.load;
import static io.lockstep.lang.Lks.onlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.engine.Program;
import io.lockstep.model.ProcDecl;
import org.junit.jupiter.api.Test;

/** A proc's {@code why}: parsed into the declaration, optional, takes no step, and misuse is a positioned error. */
class WhySyntaxTest {
    private static final String THREAD = "thread \"t\" { call f() }\n";

    private static ProcDecl f(String header) {
        Loaded l = load(MINIMAL + header + " { lock a  unlock a }\n" + THREAD);
        Lks.assertOk(l);
        return l.scenario().procs().get("f");
    }

    @Test
    void aWhyIsPartOfTheProcsHeaderBeforeOrAfterItsCitation() {
        assertEquals("takes a; the rule says so.", f("proc f() at \"x.c:f\" why \"takes a; the rule says so.\"").why());
        ProcDecl first = f("proc f() why \"escapes \\\"quotes\\\"\" at \"x.c:f\"");
        assertEquals("escapes \"quotes\"", first.why());
        assertEquals("x.c:f", first.at());
        assertNull(f("proc f() at \"x.c:f\"").why(), "a user's proc may go without one");
    }

    @Test
    void aWhyTakesNoStepAndChangesNoState() {
        // Laid out so that every statement keeps its position: the only difference is the why's line.
        String body = "\n{ lock a  unlock a }\n" + THREAD + "thread \"u\" { lock a unlock a }\n";
        var with = load(MINIMAL + "proc f()\n  why \"explains\"" + body).scenario();
        var without = load(MINIMAL + "proc f()\n" + body).scenario();
        assertEquals(without.threads(), with.threads());
        assertEquals(without.procs().get("f").body(), with.procs().get("f").body());
        assertEquals(Program.compile(without, true).threadLabel(1), Program.compile(with, true).threadLabel(1));
    }

    @Test
    void whyWithoutItsTextIsAnErrorAtTheNextToken() {
        assertEquals("4:14: expected the explanation of proc f in double quotes after why"
                + " (why \"what the kernel does here, and which rule governs it\"), found '{'",
                onlyError(load(MINIMAL + "proc f() why { }\n" + THREAD)));
    }

    @Test
    void anEmptyWhyIsAnError() {
        assertEquals("4:14: the why of proc f is empty; say what the kernel does here, or leave why out",
                onlyError(load(MINIMAL + "proc f() why \"  \" { }\n" + THREAD)));
    }

    @Test
    void aWhyLongerThanTwoSentencesIsAnError() {
        String essay = "x".repeat(LanguageLimits.MAX_WHY_CHARS + 1);
        assertEquals("4:14: the why of proc f has 401 characters; keep it to one or two sentences (at most 400)"
                + " and move the rest to notes", onlyError(load(MINIMAL + "proc f() why \"" + essay + "\" { }\n" + THREAD)));
    }

    @Test
    void twoWhysOrTwoCitationsAreAnError() {
        assertEquals("4:19: proc f has two whys; give it one why \"...\"",
                onlyError(load(MINIMAL + "proc f() why \"a\"  why \"b\" { }\n" + THREAD)));
        assertEquals("4:22: proc f has two citations; give it one at \"file.c:function\"",
                onlyError(load(MINIMAL + "proc f() at \"x.c:f\"  at \"y.c:f\" { }\n" + THREAD)));
    }

    @Test
    void whyInsideABodyIsNotAStatement() {
        String error = onlyError(load(MINIMAL + "proc f() {\n  why \"here\"\n}\n" + THREAD));
        assertTrue(error.startsWith("5:3: why is not a statement: it belongs in the proc's header"), error);
    }

    @Test
    void aThreadHasNoWhy() {
        assertEquals("4:12: only a proc has a why; a thread's label says what it does (explain more in a # comment"
                + " or a note)", onlyError(load(MINIMAL + "thread \"t\" why \"x\" { }\n")));
    }

    @Test
    void theErrorShowsTheLineAndACaret() {
        Loaded l = load(MINIMAL + "proc f() why \"\" { }\n" + THREAD);
        String shown = l.errors().get(0).format();
        assertEquals("test.lks:4:14: the why of proc f is empty; say what the kernel does here, or leave why out\n"
                + "    proc f() why \"\" { }\n"
                + "                 ^", shown);
    }
}
