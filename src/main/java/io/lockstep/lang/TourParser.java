package io.lockstep.lang;

import io.lockstep.lang.Token.Type;
import io.lockstep.lang.TokenCursor.ParseError;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Tour;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a {@code .tour} file (language reference, "Tours") with the scenario language's own lexer
 * and cursor, so a tour reads like a scenario and its errors look the same. It checks only what the
 * text alone can tell (syntax, steps in order, a chapter with stops); what the scenario can tell
 * (locks, threads, switches, the schedule's length) is {@code io.lockstep.tour.TourCheck}'s job.
 * It is its own class, beside the scenario parser and independent of it.
 */
public final class TourParser {
    /** The finding kinds a chapter's {@code schedule} may name, as written. */
    public static final List<String> SCHEDULE_KINDS = List.of("deadlock", "inversion", "guarded inversion", "race",
            "violation");

    /** The tour (null when there are errors) and every diagnostic, in line order. */
    public record Result(Tour tour, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return tour != null;
        }
    }

    private final TokenCursor c;

    private TourParser(TokenCursor cursor) {
        this.c = cursor;
    }

    public static Result parse(String file, String text) {
        DiagnosticSink sink = new DiagnosticSink();
        sink.addSource(file, text);
        TokenCursor cursor = new TokenCursor(file, Lexer.tokenize(file, text, sink), sink);
        Tour tour = new TourParser(cursor).file();
        return new Result(sink.hasErrors() ? null : tour, sink.sorted());
    }

    /** Builds a diagnostic on a line of {@code text} (the tour check's errors, which lang's sink cannot make). */
    public static Diagnostic errorAt(String text, SourcePos pos, String message) {
        DiagnosticSink sink = new DiagnosticSink();
        sink.addSource(pos.file(), text);
        sink.error(pos, message);
        return sink.sorted().get(0);
    }

    private Tour file() {
        String title = "";
        Tour.Named scenario = null;
        Tour.Named release = null;
        try {
            c.expectWord("tour", "'tour \"TITLE\"' at the start of the tour");
            title = c.expect(Type.STRING, "the tour's title (a string)").text();
            c.expectWord("scenario", "'scenario \"FILE.lks\"' (the scenario the tour plays, relative to the tour)");
            scenario = named(c.expect(Type.STRING, "the scenario's file name (a string)"));
            if (c.acceptWord("release")) {
                release = named(c.expect(Type.STRING, "a release such as \"v4.18\""));
            }
        } catch (ParseError e) {
            skipTo("chapter");
        }
        List<Tour.Chapter> chapters = new ArrayList<>();
        while (!c.at(Type.EOF)) {
            int start = c.index();
            try {
                if (!c.atWord("chapter")) {
                    throw c.fail("expected 'chapter \"TITLE\" {', found " + c.peek().describe());
                }
                chapters.add(chapter());
            } catch (ParseError e) {
                if (c.index() == start) {
                    c.next(); // always move on, or a bad token would be reported forever
                }
                skipTo("chapter");
            }
        }
        if (chapters.isEmpty() && !c.sink.hasErrors()) {
            c.fail("a tour needs at least one chapter: chapter \"TITLE\" { schedule ... at step N { ... } }");
        }
        return new Tour(title, scenario, release, chapters);
    }

    private Tour.Chapter chapter() {
        SourcePos pos = c.pos();
        c.next();
        String title = c.expect(Type.STRING, "the chapter's title (a string)").text();
        c.expect(Type.LBRACE, "'{'");
        Tour.Named scenario = null;
        if (c.acceptWord("scenario")) { // a chapter may play another scenario, such as a "what if" variant
            scenario = named(c.expect(Type.STRING, "the scenario's file name (a string)"));
        }
        Map<String, Boolean> switches = new LinkedHashMap<>();
        Map<String, SourcePos> switchPos = new LinkedHashMap<>();
        while (c.atWord("set")) {
            c.next();
            Token name = c.expectIdent("a switch name");
            c.expect(Type.ASSIGN, "'='");
            Token value = c.expectIdent("'on' or 'off'");
            if (!value.isWord("on") && !value.isWord("off")) {
                throw c.failAt(value, "a switch is 'on' or 'off', not " + value.describe());
            }
            if (switches.put(name.text(), value.isWord("on")) != null) {
                throw c.failAt(name, "switch " + name.text() + " is set twice in this chapter");
            }
            switchPos.put(name.text(), c.pos(name));
        }
        c.expectWord("schedule", "'schedule' and a finding kind (" + String.join(", ", SCHEDULE_KINDS)
                + ") or thread names");
        Tour.Named kind = null;
        List<Tour.Named> threads = new ArrayList<>();
        if (c.at(Type.STRING)) {
            while (c.at(Type.STRING)) {
                Tour.Named thread = named(c.next());
                long times = 1;
                if (c.accept(Type.STAR)) { // "probe" * 14: fourteen steps of probe in a row
                    Token n = c.expect(Type.INT, "how many steps in a row");
                    if (n.value() < 1 || n.value() > 10_000) {
                        throw c.failAt(n, "a repeat count is 1 to 10000, not " + n.value());
                    }
                    times = n.value();
                }
                for (long i = 0; i < times; i++) {
                    threads.add(thread);
                }
            }
        } else {
            kind = scheduleKind();
        }
        List<Tour.Stop> stops = new ArrayList<>();
        boolean badStop = false;
        while (!c.at(Type.RBRACE) && !c.at(Type.EOF)) {
            try {
                stops.add(stop(stops.isEmpty() ? -1 : stops.get(stops.size() - 1).step()));
            } catch (ParseError e) {
                badStop = true;
                skipToStop();
            }
        }
        if (stops.isEmpty() && !badStop) { // a stop with an error is a stop: "no stops" would only add noise
            throw c.failAt(c.peek(), "chapter \"" + title + "\" has no stops: add 'at step N { caption \"...\" }'");
        }
        c.expect(Type.RBRACE, "'}' to end the chapter");
        return new Tour.Chapter(title, pos, scenario, switches, switchPos, kind, threads, stops);
    }

    private Tour.Named scheduleKind() {
        Token t = c.expectIdent("a finding kind (" + String.join(", ", SCHEDULE_KINDS) + ") or thread names");
        String word = t.text();
        if (word.equals("guarded")) {
            c.expectWord("inversion", "'inversion' after 'guarded'");
            word = "guarded inversion";
        }
        if (!SCHEDULE_KINDS.contains(word)) {
            throw c.failAt(t, "unknown schedule kind '" + word + "': use " + String.join(", ", SCHEDULE_KINDS)
                    + ", or list thread names in quotes");
        }
        return new Tour.Named(word, c.pos(t));
    }

    private Tour.Stop stop(int previousStep) {
        SourcePos pos = c.pos();
        c.expectWord("at", "'at step N {' (a stop) or '}' to end the chapter");
        c.expectWord("step", "'step' after 'at'");
        Token n = c.expect(Type.INT, "a step number");
        if (n.value() > Integer.MAX_VALUE) {
            throw c.failAt(n, "step " + n.value() + " is far beyond any schedule");
        }
        if (n.value() <= previousStep) {
            throw c.failAt(n, "steps must increase within a chapter: this stop is at step " + n.value()
                    + ", after a stop at step " + previousStep);
        }
        c.expect(Type.LBRACE, "'{'");
        c.expectWord("caption", "'caption \"...\"' first in a stop");
        String caption = c.expect(Type.STRING, "the caption (a string)").text();
        List<Tour.Highlight> highlights = new ArrayList<>();
        while (c.atWord("highlight")) {
            c.next();
            highlights.add(highlight());
        }
        Tour.Question question = null;
        if (c.atWord("question")) {
            question = question();
        }
        c.expect(Type.RBRACE, "'highlight', 'question' or '}' to end the stop");
        return new Tour.Stop((int) n.value(), pos, caption, highlights, question);
    }

    private Tour.Highlight highlight() {
        Token what = c.expectIdent("lane, edge, block or thread");
        SourcePos at = c.pos();
        switch (what.text()) {
            case "lane" -> {
                String lock = c.expectIdent("a lock name").text();
                if (c.accept(Type.LBRACKET)) {
                    lock += "[" + c.expect(Type.INT, "an index").value() + "]";
                    c.expect(Type.RBRACKET, "']'");
                }
                return new Tour.Lane(lock, at);
            }
            case "edge" -> {
                String from = c.expectIdent("a lock class").text();
                c.expect(Type.ARROW, "'->'");
                SourcePos toPos = c.pos();
                return new Tour.Edge(from, c.expectIdent("a lock class").text(), at, toPos);
            }
            case "block" -> {
                Token n = c.expect(Type.INT, "a block number");
                return new Tour.Block((int) Math.min(n.value(), Integer.MAX_VALUE), at);
            }
            case "thread" -> {
                return new Tour.Thread(c.expect(Type.STRING, "a thread name (a string)").text(), at);
            }
            default -> throw c.failAt(what, "highlight a lane, an edge, a block or a thread, not " + what.describe());
        }
    }

    private Tour.Question question() {
        SourcePos pos = c.pos();
        c.next();
        String text = c.expect(Type.STRING, "the question (a string)").text();
        c.expectWord("answer", "'answer \"THREAD\"' (the thread to step)");
        Tour.Named answer = named(c.expect(Type.STRING, "the thread that answers it (a string)"));
        c.expectWord("right", "'right \"...\"' (what a right answer hears)");
        String right = c.expect(Type.STRING, "the feedback for the right answer").text();
        c.expectWord("wrong", "'wrong \"...\"' (what a wrong answer hears)");
        String wrong = c.expect(Type.STRING, "the feedback for a wrong answer").text();
        return new Tour.Question(text, pos, answer, right, wrong);
    }

    private Tour.Named named(Token t) {
        return new Tour.Named(t.text(), c.pos(t));
    }

    /** After an error in a stop: on to the next stop, the chapter's end or the next chapter. */
    private void skipToStop() {
        while (!c.at(Type.EOF) && !c.atWord("chapter") && !(c.atWord("at") && c.peek(1).isWord("step"))
                && !(c.at(Type.RBRACE) && c.openBraces <= 1)) {
            c.next();
        }
        if (c.atWord("chapter")) {
            throw new ParseError(); // the chapter's own '}' was lost: the file level goes on from here
        }
    }

    private void skipTo(String word) {
        while (!c.at(Type.EOF) && !c.atWord(word)) {
            c.next();
        }
        c.resetNesting();
    }
}
