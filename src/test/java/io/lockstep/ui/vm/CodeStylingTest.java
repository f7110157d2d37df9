package io.lockstep.ui.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.lang.Loaded;
import io.lockstep.lang.ScenarioLoader;
import io.lockstep.lang.SyntaxSpans;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The editor's styling as data: problems marked at their token, marks that follow edits, runs that cover the text. */
class CodeStylingTest {
    private static final String TEXT = """
            scenario "t"
            memory { block_size 128M  zone Normal blocks 0..0 online }
            lock a : mutexx
            thread "t" { lock a  unlock a }
            """;

    private static List<CodeStyling.Mark> marksOf(String text) {
        Loaded loaded = ScenarioLoader.loadText("t.lks", text, null, null);
        List<DiagnosticRow> rows = loaded.diagnostics().stream().map(d -> DiagnosticRow.of(d, "t.lks")).toList();
        return CodeStyling.marks(text, SyntaxSpans.of(text), rows);
    }

    @Test
    void anErrorUnderlinesTheTokenAtItsColumnAndCarriesItsMessage() {
        CodeStyling.Mark mark = marksOf(TEXT).get(0);
        assertEquals("mutexx", TEXT.substring(mark.start(), mark.end()));
        assertTrue(mark.error());
        assertTrue(CodeStyling.messageAt(List.of(mark), mark.start() + 2).orElseThrow().contains("unknown lock kind mutexx"));
        assertEquals(Optional.empty(), CodeStyling.messageAt(List.of(mark), mark.end()));
    }

    @Test
    void aStatementsProblemWithANameUnderlinesTheNameNotTheKeyword() {
        String text = TEXT.replace("lock a : mutexx", "lock a : mutex").replace("{ lock a  unlock a }", "{ call helpr(0) }");
        CodeStyling.Mark mark = marksOf(text).get(0);
        assertTrue(mark.message().contains("helpr"), mark.message());
        assertEquals("helpr", text.substring(mark.start(), mark.end()), "the loader points at the call; the name is wrong");
    }

    @Test
    void anErrorAtTheEndOfTheTextMarksTheLastCharacterBeforeIt() {
        String text = "scenario \"t\"\nthread \"t\" { lock a ";
        List<CodeStyling.Mark> marks = marksOf(text);
        assertTrue(marks.stream().allMatch(m -> m.start() >= 0 && m.end() <= text.length() && m.end() > m.start()), marks::toString);
    }

    @Test
    void marksMoveWithTheTextAfterThemAndAnEditInsideOneDropsIt() {
        List<CodeStyling.Mark> marks = List.of(new CodeStyling.Mark(10, 16, "m", true), new CodeStyling.Mark(30, 32, "n", false));
        assertEquals(List.of(new CodeStyling.Mark(10, 16, "m", true), new CodeStyling.Mark(33, 35, "n", false)),
                CodeStyling.shift(marks, 20, 0, 3), "typing between them");
        assertEquals(List.of(new CodeStyling.Mark(28, 30, "n", false)), CodeStyling.shift(marks, 12, 2, 0), "editing the first");
        assertEquals(marks, CodeStyling.shift(marks, 40, 1, 1), "after both");
    }

    @Test
    void runsCoverTheTextWithTheSyntaxClassAndTheMarkOnTop() {
        String text = "lock a : mutexx";
        List<SyntaxSpans.Span> syntax = SyntaxSpans.of(text);
        List<CodeStyling.Run> runs = CodeStyling.runs(text.length(), syntax, List.of(new CodeStyling.Mark(9, 15, "bad", true)));
        assertEquals(text.length(), runs.stream().mapToInt(CodeStyling.Run::length).sum());
        assertEquals(new CodeStyling.Run(4, List.of("lk-code-keyword")), runs.get(0));
        assertEquals(new CodeStyling.Run(6, List.of(CodeStyling.ERROR_MARK)), runs.get(runs.size() - 1),
                "mutexx is no lock kind, so only the mark styles it");
        List<CodeStyling.Run> valid = CodeStyling.runs(14, SyntaxSpans.of("lock a : mutex"), List.of());
        assertEquals(new CodeStyling.Run(5, List.of("lk-code-lock-kind")), valid.get(valid.size() - 1));
    }
}
