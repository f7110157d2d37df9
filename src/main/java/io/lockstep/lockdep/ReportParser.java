package io.lockstep.lockdep;

import io.lockstep.lang.Diagnostic;
import io.lockstep.lockdep.LockdepReport.HeldLock;
import io.lockstep.lockdep.LockdepReport.Kind;
import io.lockstep.lockdep.LockdepReport.Link;
import io.lockstep.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lockdep report (kernel/locking/lockdep.c: print_circular_bug, print_deadlock_bug) from the
 * text a user pastes: a dmesg, a mail, a bug tracker. It reads what it recognises and skips what it
 * does not (the kernel's own lines, the final backtrace), because reports come with every kind of
 * surrounding text; a part it recognises but cannot read is an error at its line and column that says
 * what was expected. It never throws on any input.
 */
public final class ReportParser {
    /** A report, or the error that stopped reading it. */
    public record Result(LockdepReport report, Diagnostic error) {
        public boolean ok() {
            return report != null;
        }
    }

    private static final Pattern TASK = Pattern.compile("^\\s*(\\S+) is trying to acquire lock:");
    private static final Pattern HELD = Pattern.compile("^\\s*(\\d+|no) locks? held by (\\S+?):?\\s*$");
    private static final Pattern HELD_ENTRY = Pattern.compile("^\\s*#(\\d+):");
    private static final Pattern ROW = Pattern.compile("\\b(?:r?lock|sync)\\(");

    private final String file;
    private final ReportText text;
    private final List<ReportText.Line> lines;
    private int at;

    private ReportParser(String file, String source) {
        this.file = file;
        this.text = ReportText.of(source);
        this.lines = text.lines();
    }

    /** Reads {@code source}; {@code file} names it in an error's position. */
    public static Result parse(String file, String source) {
        ReportParser p = new ReportParser(file, source);
        try {
            return new Result(p.report(), null);
        } catch (ParseError e) {
            return new Result(null, e.diagnostic);
        }
    }

    /** Unwinds the parser to {@link #parse} with the diagnostic; never seen outside this class. */
    private static final class ParseError extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Diagnostic diagnostic;

        ParseError(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    private ParseError error(ReportText.Line line, int index, String message) {
        int[] pos = line.position(index);
        return new ParseError(new Diagnostic(Diagnostic.Severity.ERROR, new SourcePos(file, pos[0], pos[1]), message,
                line.originalAt(index, text.originals())));
    }

    private LockdepReport report() throws ParseError {
        Kind kind = null;
        while (at < lines.size() && kind == null) {
            String t = lines.get(at++).text();
            for (Kind k : Kind.values()) {
                if (t.contains(k.title)) {
                    kind = k;
                }
            }
        }
        boolean headless = false;
        if (kind == null) {
            kind = tailOnly(); // a report whose head was cut off still has its table
            headless = kind != null;
        }
        if (kind == null) {
            throw error(lines.get(0), 0, "expected a lockdep report: no line says '" + Kind.CIRCULAR.title + "' or '"
                    + Kind.RECURSIVE.title + "'");
        }
        int headerLine = lines.get(headless ? at : at - 1).lineNo();
        String kernel = headless ? null : kernelIdent();
        String task = null;
        String[] acquiring = {null, null};
        String[] holding = {null, null};
        List<Link> links = new ArrayList<>();
        List<String> chain = List.of();
        List<String> table = new ArrayList<>();
        List<Boolean> tableRead = new ArrayList<>();
        List<HeldLock> held = new ArrayList<>();
        while (at < lines.size()) {
            ReportText.Line line = lines.get(at++);
            String t = line.text();
            Matcher m = TASK.matcher(t);
            if (t.contains(Kind.CIRCULAR.title) || t.contains(Kind.RECURSIVE.title) || t.contains("stack backtrace:")) {
                break; // the backtrace, or the next report: this report has been read
            } else if (m.find()) {
                task = m.group(1);
                acquiring = lockLine();
            } else if (t.contains("but task is already holding lock:")) {
                holding = lockLine();
            } else if (t.trim().startsWith("->") && (t.contains("#") || t.contains("("))) {
                links.add(link(line, links));
            } else if (t.contains("Chain exists of:")) {
                chain = chainExists(line);
            } else if (ROW.matcher(t).find() && !t.contains(" at: ")) {
                table.add(row(line));
                tableRead.add(ROW.matcher(t).results().findFirst().map(r -> r.group().startsWith("r")).orElse(false));
            } else if (HELD.matcher(t).find()) {
                heldLocks(held);
            }
        }
        if (kind == Kind.CIRCULAR && links.size() == 1 && links.get(0).number() != 0) {
            ReportText.Line only = lines.stream().filter(l -> l.lineNo() == links.get(0).line()).findFirst().orElseThrow();
            throw error(only, 0, "expected links '-> #" + (links.get(0).number() - 1)
                    + "' down to '-> #0' after link #" + links.get(0).number());
        }
        LockdepReport report = new LockdepReport(kind, kernel, task, acquiring[0], acquiring[1], holding[0], holding[1], links,
                chain, table, tableRead, held, headerLine);
        if (report.dependencies().isEmpty()) {
            ReportText.Line last = lines.get(lines.size() - 1);
            throw error(last, last.text().length(), "expected the locks of the report: '-> #N (class){usage}:' links, "
                    + "'is trying to acquire lock:' and 'but task is already holding lock:', or the 'Possible unsafe "
                    + "locking scenario' table; the report ends before any of them");
        }
        return report;
    }

    /**
     * For a report kept only from "Chain exists of:" or the unsafe-scenario table on: circular when the
     * table has a CPU1 column, recursive otherwise; null when neither is there. Reading resumes there.
     */
    private Kind tailOnly() {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.contains("Chain exists of:") || t.contains("Possible unsafe locking scenario")) {
                at = i;
                for (int j = i - 1; j >= 0; j--) {
                    if (TASK.matcher(lines.get(j).text()).find()) {
                        at = j; // the lock lines above the table survived the cut: read them too
                    }
                }
                for (int j = i; j < lines.size(); j++) {
                    if (lines.get(j).text().contains("CPU1")) {
                        return Kind.CIRCULAR;
                    }
                }
                return Kind.RECURSIVE;
            }
        }
        return null;
    }

    /** The line under the separator: "4.20.0-rc1+ #1 Not tainted" (print_kernel_ident: the release first). */
    private String kernelIdent() {
        for (int i = at; i < Math.min(at + 2, lines.size()); i++) {
            String t = lines.get(i).text().trim();
            if (t.matches("\\d+\\.\\d+.*")) {
                at = i + 1;
                return t;
            }
        }
        return null;
    }

    private int skipBlank() {
        while (at < lines.size() && lines.get(at).text().isBlank()) {
            at++;
        }
        return at;
    }

    /**
     * The lock line after "is trying to acquire lock:" (print_lock): "ADDRESS (class){usage}, at: where",
     * as {class, where}; where is null when the line has no "at:".
     */
    private String[] lockLine() throws ParseError {
        if (skipBlank() >= lines.size()) {
            return new String[] {null, null};
        }
        ReportText.Line line = lines.get(at);
        String t = line.text();
        if (t.contains("but task is already holding lock:") || t.contains("which lock already depends")) {
            return new String[] {null, null}; // cut short: the lock itself is missing
        }
        at++;
        int open = t.indexOf('(');
        if (open < 0) {
            if (at < lines.size() && lines.get(at).text().trim().startsWith("(")) {
                line = line.join(lines.get(at++)); // a mail client wrapped after the address
                t = line.text();
                open = t.indexOf('(');
            } else {
                throw error(line, ClassText.firstNonBlank(t), "expected the lock: 'ADDRESS (class){usage}, at: function'");
            }
        }
        line = joinedIfWrapped(line, open);
        t = line.text();
        try {
            ClassText.Read read = ClassText.read(t, open);
            int where = t.indexOf("at:", read.end());
            return new String[] {read.name(), where < 0 ? null : where(t.substring(where + 3))};
        } catch (ClassText.Bad bad) {
            throw error(line, bad.index, bad.getMessage());
        }
    }

    /**
     * The line with the next one joined on when the class opened at {@code open} closes only there:
     * a mail client's wrap. Otherwise the line as it is, and its missing ')' is reported on it.
     */
    private ReportText.Line joinedIfWrapped(ReportText.Line line, int open) {
        if (ClassText.unbalanced(line.text(), open) && at < lines.size() && !lines.get(at).text().isBlank()) {
            ReportText.Line joined = line.join(lines.get(at));
            if (!ClassText.unbalanced(joined.text(), open)) {
                at++;
                return joined;
            }
        }
        return line;
    }

    /** {@code -> #N (class){usage}:}, then its stack lines up to the next blank line and link. */
    private Link link(ReportText.Line line, List<Link> before) throws ParseError {
        String t = line.text();
        int hash = t.indexOf('#');
        int arrow = t.indexOf("->");
        if (hash < 0 || t.substring(arrow + 2, hash).trim().length() > 0) {
            throw error(line, arrow + 2, "expected ' #N' (the link's number) after '->'");
        }
        int digits = hash + 1;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        if (digits == hash + 1 || digits - hash > 4) {
            throw error(line, hash + 1, "expected the link's number after '-> #'");
        }
        int number = Integer.parseInt(t.substring(hash + 1, digits));
        if (!before.isEmpty() && number != before.get(before.size() - 1).number() - 1) {
            throw error(line, hash, "expected link #" + (before.get(before.size() - 1).number() - 1)
                    + " (the chain counts down to #0), found #" + number);
        }
        int open = t.indexOf('(', digits);
        if (open < 0 && t.substring(digits).isBlank() && at < lines.size() && lines.get(at).text().trim().startsWith("(")) {
            line = line.join(lines.get(at++));
            t = line.text();
            open = t.indexOf('(', digits);
        }
        if (open < 0 || !t.substring(digits, open).isBlank()) {
            int after = digits;
            while (after < t.length() && t.charAt(after) == ' ') {
                after++;
            }
            throw error(line, after, "expected '(' and the lock class after '-> #" + number + "'");
        }
        line = joinedIfWrapped(line, open);
        t = line.text();
        ClassText.Read read;
        try {
            read = ClassText.read(t, open);
        } catch (ClassText.Bad bad) {
            throw error(line, bad.index, bad.getMessage());
        }
        String rest = t.substring(read.end()).trim();
        if (!rest.isEmpty() && !rest.equals(":")) {
            throw error(line, t.indexOf(rest, read.end()), "expected ':' after the lock class of link #" + number);
        }
        return new Link(number, read.name(), frames(), line.lineNo());
    }

    /** The stack lines of a link: every line up to the next link or section that names a function. */
    private List<LockdepReport.Frame> frames() {
        List<LockdepReport.Frame> frames = new ArrayList<>();
        while (at < lines.size()) {
            String t = lines.get(at).text();
            String trimmed = t.trim();
            if (trimmed.startsWith("->") || trimmed.startsWith("other info") || trimmed.contains("Chain exists of:")
                    || trimmed.contains("Possible unsafe locking scenario") || HELD.matcher(t).find()
                    || trimmed.contains("stack backtrace:")) {
                break;
            }
            at++;
            LockdepReport.Frame f = trimmed.isEmpty() ? null : ClassText.frame(trimmed);
            if (f != null) {
                frames.add(f);
            }
        }
        return List.copyOf(frames);
    }

    /** "Chain exists of:" then "A --> B --> C", which a mail client may have wrapped at an arrow. */
    private List<String> chainExists(ReportText.Line header) throws ParseError {
        if (skipBlank() >= lines.size()) {
            return List.of();
        }
        ReportText.Line line = lines.get(at++);
        while (at < lines.size() && (line.text().trim().endsWith("-->") || lines.get(at).text().trim().startsWith("-->"))) {
            line = line.join(lines.get(at++));
        }
        List<String> names = new ArrayList<>();
        for (String part : line.text().split("-->", -1)) {
            names.add(part.trim());
        }
        int empty = names.indexOf("");
        if (names.size() < 2 || empty >= 0) {
            throw error(line, empty >= 0 ? ClassText.position(line.text(), empty) : ClassText.firstNonBlank(line.text()),
                    "expected the chain 'A --> B --> C' on the line after '" + header.text().trim() + "'");
        }
        return List.copyOf(names);
    }

    /** A row of the unsafe-scenario table: "lock(class);", for either CPU. */
    private String row(ReportText.Line line) throws ParseError {
        String t = line.text();
        Matcher m = ROW.matcher(t);
        m.find();
        int open = m.end() - 1;
        int close = t.lastIndexOf(");");
        String name = close > open ? t.substring(open + 1, close).trim() : t.substring(open + 1).replaceAll("\\)?;?\\s*$", "").trim();
        if (name.isEmpty()) {
            throw error(line, open + 1, "expected a lock class in '" + t.substring(m.start(), open) + "(...);'");
        }
        return name;
    }

    /** The held-locks list (lockdep_print_held_locks): " #0: ADDRESS (class){usage}, at: where". */
    private void heldLocks(List<HeldLock> held) throws ParseError {
        while (at < lines.size()) {
            ReportText.Line line = lines.get(at);
            Matcher m = HELD_ENTRY.matcher(line.text());
            if (!m.find()) {
                return;
            }
            at++;
            String t = line.text();
            int open = t.indexOf('(', m.end());
            if (open < 0 && at < lines.size() && lines.get(at).text().trim().startsWith("(")) {
                line = line.join(lines.get(at++)); // a mail client wrapped after the address
                t = line.text();
                open = t.indexOf('(', m.end());
            }
            if (open < 0) {
                throw error(line, m.end(), "expected 'ADDRESS (class){usage}, at: function' after '#" + m.group(1) + ":'");
            }
            try {
                ClassText.Read read = ClassText.read(t, open);
                int atIdx = t.indexOf("at:", read.end());
                if (atIdx < 0 && at < lines.size() && lines.get(at).text().trim().startsWith("at:")) {
                    t = lines.get(at++).text(); // wrapped before "at:"
                    atIdx = t.indexOf("at:");
                }
                String where = atIdx < 0 ? "" : where(t.substring(atIdx + 3));
                int index = m.group(1).length() > 4 ? -1 : Integer.parseInt(m.group(1));
                held.add(new HeldLock(index, read.name(), where));
            } catch (ClassText.Bad bad) {
                throw error(line, bad.index, bad.getMessage());
            }
        }
    }

    /**
     * The function after "at:"; when a mail client wrapped the line right after "at:", the next line
     * (if it reads as a frame) is taken as the function.
     */
    private String where(String afterAt) {
        String w = afterAt.trim();
        if (w.isEmpty() && at < lines.size()) {
            String next = lines.get(at).text().trim();
            if (!next.startsWith("#") && ClassText.frame(next) != null && next.contains("+0x")) {
                at++;
                return next;
            }
        }
        return w;
    }
}
