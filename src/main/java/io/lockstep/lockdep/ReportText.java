package io.lockstep.lockdep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a lockdep report as the kernel printed them, with what mail and log tools add taken
 * off: mail quoting ({@code > }, {@code >> }), printk and {@code dmesg -H} timestamps, caller ids
 * ({@code [ T123]}), syslog prefixes and carriage returns. Each line remembers where its text starts
 * in the original, so that an error points at the column the user sees in their file, and a line
 * joined from two (a mail client's wrap) maps each part back to its own line.
 */
final class ReportText {
    /** A piece of a line: from {@code start} in the line's text, it is original line {@code line}, column {@code col0 + 1}. */
    record Segment(int start, int line, int col0) {}

    /** One line; {@code original} is the original text of its first line, for the caret. */
    record Line(String text, List<Segment> segments, String original) {
        int lineNo() {
            return segments.get(0).line();
        }

        /** The original line and 1-based column of index {@code i} of {@link #text}. */
        int[] position(int i) {
            Segment at = segments.get(0);
            for (Segment s : segments) {
                if (s.start() <= i) {
                    at = s;
                }
            }
            return new int[] {at.line(), at.col0() + Math.max(0, i - at.start()) + 1};
        }

        /** Original text of the line that index {@code i} falls on. */
        String originalAt(int i, List<String> originals) {
            int line = position(i)[0];
            return line >= 1 && line <= originals.size() ? originals.get(line - 1) : original;
        }

        /** This line with {@code next} appended after one space: the space a mail client's wrap replaced. */
        Line join(Line next) {
            List<Segment> segs = new ArrayList<>(segments);
            int offset = text.length() + 1;
            for (Segment s : next.segments) {
                segs.add(new Segment(s.start() + offset, s.line(), s.col0()));
            }
            return new Line(text + " " + next.text, List.copyOf(segs), original);
        }
    }

    // Mail quoting: any run of '>' markers, each possibly followed by one space.
    private static final Pattern QUOTE = Pattern.compile("^(?:[ \\t]{0,3}>[ ]?)+");
    // Syslog / journalctl: "Dec  2 02:40:01 host kernel: ".
    private static final Pattern SYSLOG = Pattern.compile("^[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\S+ kernel: ");
    // A printk level "<4>", then timestamps and caller ids: "[  12.345678]", "[Dec 2 02:40]", "[  +0.000012]", "[ T123]".
    private static final Pattern STAMP = Pattern.compile("^(?:<\\d>)?(?:\\[\\s*(?:\\+?\\d+\\.\\d+|[TC]\\d+"
            + "|[A-Z][a-z]{2}(?: [A-Z][a-z]{2})? ?\\s*\\d+ \\d\\d:\\d\\d(?::\\d\\d)?(?: \\d{4})?)\\] ?)+");

    private final List<Line> lines;
    private final List<String> originals;

    private ReportText(List<Line> lines, List<String> originals) {
        this.lines = lines;
        this.originals = originals;
    }

    static ReportText of(String text) {
        String[] raw = text.split("\n", -1);
        List<Line> lines = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String original = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            originals.add(original);
            int cut = strip(original);
            String rest = original.substring(cut).replace('\t', ' ');
            lines.add(new Line(rest, List.of(new Segment(0, i + 1, cut)), original));
        }
        return new ReportText(List.copyOf(lines), List.copyOf(originals));
    }

    /** How many leading characters of {@code line} are quoting, timestamps or prefixes. */
    private static int strip(String line) {
        int cut = 0;
        boolean again = true;
        while (again) {
            again = false;
            for (Pattern p : new Pattern[] {QUOTE, SYSLOG, STAMP}) {
                Matcher m = p.matcher(line).region(cut, line.length());
                if (m.lookingAt() && m.end() > cut) {
                    cut = m.end();
                    again = true;
                }
            }
        }
        return cut;
    }

    List<Line> lines() {
        return lines;
    }

    List<String> originals() {
        return originals;
    }
}
