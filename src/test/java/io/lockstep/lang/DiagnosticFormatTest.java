package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockstep.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text a user sees: position, message, the source line, a caret under the column. */
class DiagnosticFormatTest {

    @Test
    void errorWithLineAndCaret() {
        Loaded loaded = ScenarioLoader.loadText("samples/abba.lks",
                "scenario \"x\"\nthread \"t\" { lock nope }\n", null, null);
        assertEquals(1, loaded.diagnostics().size());
        Diagnostic d = loaded.diagnostics().get(0);
        assertEquals("thread \"t\" { lock nope }", d.sourceLine());
        assertEquals("""
                samples/abba.lks:2:19: unknown lock nope
                    thread "t" { lock nope }
                                      ^""", d.format());
    }

    @Test
    void noticeIsMarked() {
        Diagnostic d = new Diagnostic(Diagnostic.Severity.NOTICE, new SourcePos("p.lks", 1, 3), "hello", "a b c");
        assertEquals("p.lks:1:3: note: hello\n    a b c\n      ^", d.format());
    }

    @Test
    void caretKeepsTabsAndWindowsLineEndsAreStripped() {
        Loaded loaded = ScenarioLoader.loadText("t.lks", "scenario \"x\"\r\nthread \"t\" {\r\n\tlock nope\r\n}\r\n",
                null, null);
        Diagnostic d = loaded.diagnostics().get(0);
        assertEquals("t.lks:3:7: unknown lock nope\n    \tlock nope\n    \t     ^", d.format());
    }

    @Test
    void diagnosticsAreSortedByFileThenLineThenColumn() {
        Loaded loaded = Lks.load("""
                scenario "order"
                thread "b" { lock y lock x }
                thread "a" { lock z }
                lock q q
                """);
        assertEquals(List.of("2:19: unknown lock y", "2:26: unknown lock x", "3:19: unknown lock z",
                "4:8: expected ':' and the kind of lock after lock q, found 'q'"), Lks.errors(loaded));
    }
}
