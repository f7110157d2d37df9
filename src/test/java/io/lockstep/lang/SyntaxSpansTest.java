package io.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.lang.SyntaxSpans.Kind;
import io.lockstep.lang.SyntaxSpans.Span;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The editor's highlighting: the lexer's own tokens, classified by where they stand, at the right offsets. */
class SyntaxSpansTest {
    /** Each span as "text=KIND", in order. */
    private static List<String> spans(String text) {
        return SyntaxSpans.of(text).stream().map(s -> text.substring(s.start(), s.end()) + "=" + s.kind()).toList();
    }

    @Test
    void keywordsLockKindsStringsNumbersCommentsAndProcNamesEachGetTheirKind() {
        String text = """
                scenario "a \\"quoted\\" title"   # the title
                use "v4.0"
                memory { block_size 128M  zone Normal blocks 0..3 online }
                lock device_lock[] : mutex novalidate
                thread "udev" { call state_store(4, online)  call my_helper() }
                """;
        List<String> spans = spans(text);
        assertEquals(List.of("scenario=KEYWORD", "\"a \\\"quoted\\\" title\"=STRING", "# the title=COMMENT",
                "use=KEYWORD", "\"v4.0\"=STRING",
                "memory=KEYWORD", "block_size=KEYWORD", "128M=NUMBER", "zone=KEYWORD", "Normal=CONSTANT",
                "blocks=KEYWORD", "0=NUMBER", "3=NUMBER", "online=CONSTANT",
                "lock=KEYWORD", "mutex=LOCK_KIND", "novalidate=KEYWORD",
                "thread=KEYWORD", "\"udev\"=STRING", "call=KEYWORD", "state_store=ENTRY_POINT", "4=NUMBER",
                "online=CONSTANT", "call=KEYWORD", "my_helper=PROC"), spans);
    }

    @Test
    void placesAreTheirFunctionsAndFieldsButNamesStayPlain() {
        String text = "read block(b).state -> s  write zone_of(b).present_pages = n  read totalram_pages -> t  lock mem_hotplug_lock";
        Map<String, Kind> kinds = SyntaxSpans.of(text).stream()
                .collect(Collectors.toMap(s -> text.substring(s.start(), s.end()), Span::kind, (a, b) -> a));
        assertEquals(Kind.PLACE, kinds.get("block"));
        assertEquals(Kind.PLACE, kinds.get("state"));
        assertEquals(Kind.PLACE, kinds.get("zone_of"));
        assertEquals(Kind.PLACE, kinds.get("present_pages"));
        assertEquals(Kind.PLACE, kinds.get("totalram_pages"));
        assertEquals(Kind.KEYWORD, kinds.get("read"));
        assertTrue(!kinds.containsKey("mem_hotplug_lock") && !kinds.containsKey("b") && !kinds.containsKey("s"),
                "locks and locals are plain text: " + kinds);
    }

    @Test
    void switchesTheirNamesAndValues() {
        assertEquals(List.of("switch=KEYWORD", "patch3=SWITCH", "\"the fix\"=STRING", "off=CONSTANT",
                "set=KEYWORD", "patch3=SWITCH", "on=CONSTANT",
                "if=KEYWORD", "switch=KEYWORD", "patch3=SWITCH", "call=KEYWORD", "f=PROC",
                "set=KEYWORD", "block=KEYWORD", "4=NUMBER", "online=CONSTANT"),
                spans("switch patch3 \"the fix\" = off\nset patch3 = on\nif switch patch3 { call f() }  set block 4 online"));
    }

    @Test
    void offsetsCountEveryCharacterAndBrokenInputStillGetsSpans() {
        String text = "lock a : mutex\n\tx \"unterminated\n# last";
        List<Span> spans = SyntaxSpans.of(text);
        Span string = spans.stream().filter(s -> s.kind() == Kind.STRING).findFirst().orElseThrow();
        assertEquals("\"unterminated", text.substring(string.start(), string.end()), "to the end of its line");
        Span comment = spans.get(spans.size() - 1);
        assertEquals(new Span(text.length() - 6, text.length(), Kind.COMMENT), comment);
        assertEquals(List.of(), SyntaxSpans.of(""));
        assertEquals(List.of("12ab=NUMBER"), spans("12ab $$"), "a malformed number is still one token");
    }
}
