package io.lockstep.lang;

import io.lockstep.lang.Token.Type;
import io.lockstep.model.ProcDecl;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One bundled kernel model read for people rather than for the engine: its text, its procs in file
 * order, each proc's text as written, and who calls it. Behind {@code lockstep show}.
 */
public final class BundledModel {
    /** A section banner ({@code # =====}) heads a group of procs; it is not a proc's own comment. */
    private static final Pattern BANNER = Pattern.compile("#\\s*={5,}.*");

    private final String release;
    private final String text;
    private final String[] lines;
    private final List<Token> tokens;
    private final Map<String, ProcDecl> procs = new LinkedHashMap<>();

    private BundledModel(String release, String text) {
        this.release = release;
        this.text = text;
        this.lines = text.split("\n", -1);
        String file = Releases.fileName(release);
        // The bundled models parse cleanly (a test loads each); a stray problem only drops that proc here.
        DiagnosticSink ignored = new DiagnosticSink();
        this.tokens = Lexer.tokenize(file, text, ignored);
        for (ProcDecl p : FileParser.parse(file, release, text, ignored).procs) {
            procs.putIfAbsent(p.name(), p);
        }
    }

    /** The bundled model of {@code release} (such as {@code v4.20}); empty for any other name. */
    public static Optional<BundledModel> load(String release) {
        return Releases.text(release).map(t -> new BundledModel(release, t));
    }

    public String release() {
        return release;
    }

    /** The whole model as it is bundled. */
    public String text() {
        return text;
    }

    /** The names of the model's procs, in the order the file declares them. */
    public List<String> procNames() {
        return List.copyOf(procs.keySet());
    }

    public Optional<ProcDecl> proc(String name) {
        return Optional.ofNullable(procs.get(name));
    }

    /**
     * The proc's text exactly as in the model: the comment lines directly above it (up to a blank
     * line or a section banner), then from its {@code proc} line to the line of its closing brace.
     */
    public String source(ProcDecl proc) {
        int first = proc.pos().line() - 1;
        while (first > 0 && isOwnComment(lines[first - 1])) {
            first--;
        }
        int last = Math.min(closingLine(proc.pos()), lines.length) - 1;
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            sb.append(stripCr(lines[i])).append('\n');
        }
        return sb.toString();
    }

    /** Whether {@code name} is one of the entry points every bundled model offers (a thread calls it). */
    public static boolean isEntryPoint(String name) {
        return KernelNames.ENTRY_POINTS.contains(name);
    }

    /** {@code "; did you mean v4.20?"} when {@code name} looks like a misspelt bundled model, else "". */
    public static String suggestModel(String name) {
        return KernelNames.suggest(name, Releases.BUNDLED);
    }

    /** {@code "; did you mean online_pages?"} when {@code name} looks like a misspelt proc of this model, else "". */
    public String suggestProc(String name) {
        return KernelNames.suggest(name, procs.keySet());
    }

    /** The procs of this model whose bodies call {@code name}, in file order. */
    public List<String> callers(String name) {
        List<String> out = new ArrayList<>();
        for (ProcDecl p : procs.values()) {
            if (calls(p.body(), name)) {
                out.add(p.name());
            }
        }
        return out;
    }

    private static boolean calls(List<Stmt> body, String name) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Call c && c.proc().equals(name)) {
                return true;
            }
            if (s instanceof Stmt.If i && (calls(i.then(), name) || calls(i.otherwise(), name))) {
                return true;
            }
            if (s instanceof Stmt.TryLock t && calls(t.otherwise(), name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOwnComment(String line) {
        String t = line.strip();
        return t.startsWith("#") && !BANNER.matcher(t).matches();
    }

    /**
     * The line of the brace that closes the body of the proc declared at {@code at}, found on the
     * tokens (so braces inside comments and strings do not count); the last line if it is unclosed.
     */
    private int closingLine(SourcePos at) {
        int i = 0;
        while (i < tokens.size() && (tokens.get(i).line() != at.line() || tokens.get(i).col() != at.col())) {
            i++;
        }
        while (i < tokens.size() && !tokens.get(i).is(Type.LBRACE)) {
            i++;
        }
        int depth = 0;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(Type.LBRACE)) {
                depth++;
            } else if (t.is(Type.RBRACE) && --depth == 0) {
                return t.line();
            }
        }
        return lines.length;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
