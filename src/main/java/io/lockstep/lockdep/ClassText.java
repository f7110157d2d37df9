package io.lockstep.lockdep;

/**
 * Reads the {@code (class){usage}} part lockdep prints for a lock (print_lock_name), and the function
 * a stack line names. Class names may hold parentheses of their own ({@code &(&zone->lock)->rlock},
 * {@code (wq_completion)events}), so the class ends at the parenthesis that balances the first one.
 */
final class ClassText {
    private ClassText() {}

    /** A class read from {@code text}: the name and the index just after it (and after its usage marks). */
    record Read(String name, int end) {}

    /** Thrown inside the parser only, with the index in the line where reading failed; never leaves it. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final int index;

        Bad(int index, String expected) {
            super(expected, null, false, false);
            this.index = index;
        }
    }

    /**
     * Reads the class that starts with the {@code (} at {@code open}: the name, then optional usage
     * marks {@code {+.+.}} and wait types {@code -{0:0}} (v5.x on).
     */
    static Read read(String text, int open) throws Bad {
        if (open >= text.length() || text.charAt(open) != '(') {
            throw new Bad(open, "expected '(' and a lock class");
        }
        int depth = 0;
        int close = -1;
        for (int i = open; i < text.length() && close < 0; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                close = i;
            }
        }
        if (close < 0) {
            // Quoted rather than by column: the column of the stripped text is not the one the user sees.
            String opened = text.substring(open, Math.min(text.length(), open + 40)).stripTrailing();
            throw new Bad(text.length(), "expected ')' closing the lock class '" + opened + "'");
        }
        String name = text.substring(open + 1, close).trim();
        int next = close + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (name.matches("_*ptrval_*") && next < text.length() && text.charAt(next) == '(') {
            return read(text, next); // v4.15-v4.19 print "(____ptrval____)" for the hashed address, then the class
        }
        if (name.isEmpty()) {
            throw new Bad(open + 1, "expected a lock class name between '(' and ')'");
        }
        int end = close + 1;
        end = braces(text, end);
        if (text.startsWith("-{", end)) {
            end = braces(text, end + 1);
        }
        return new Read(name, end);
    }

    private static int braces(String text, int at) throws Bad {
        if (at >= text.length() || text.charAt(at) != '{') {
            return at;
        }
        int close = text.indexOf('}', at);
        if (close < 0) {
            throw new Bad(text.length(), "expected '}' closing the usage marks opened at column " + (at + 1));
        }
        return close + 1;
    }

    /**
     * The frame a stack line shows, or null when the line names no function. Takes off what comes
     * before the symbol: {@code ?} (an unreliable frame), {@code [<ffffffff81234567>]} (v4.x and older)
     * and bare addresses ({@code 0xffff...}, {@code ffffffff81234567}).
     */
    static LockdepReport.Frame frame(String line) {
        String s = line.trim();
        boolean again = true;
        while (again && !s.isEmpty()) {
            again = false;
            if (s.startsWith("? ")) {
                s = s.substring(2).trim();
                again = true;
            } else if (s.startsWith("[<")) {
                int close = s.indexOf(">]");
                if (close < 0) {
                    return null;
                }
                s = s.substring(close + 2).trim();
                again = true;
            } else {
                int sp = s.indexOf(' ');
                String first = sp < 0 ? s : s.substring(0, sp);
                if (sp > 0 && first.matches("(0x)?[0-9a-fA-F]{8,16}:?")) {
                    s = s.substring(sp + 1).trim();
                    again = true;
                }
            }
        }
        int end = 0;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '.')) {
            end++;
        }
        if (end == 0 || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return null;
        }
        String function = s.substring(0, end);
        int sp = s.indexOf(' ');
        String text = sp < 0 ? s : s.substring(0, sp);
        return new LockdepReport.Frame(function, text);
    }

    // Line helpers the parser shares: where parts of a line are, and whether a class's '(' closes on it.

    /** Index in {@code text} of the {@code k}-th part between arrows. */
    static int position(String text, int k) {
        int i = 0;
        for (int n = 0; n < k; n++) {
            i = text.indexOf("-->", i) + 3;
        }
        return i;
    }

    static boolean unbalanced(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            depth += t.charAt(i) == '(' ? 1 : t.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return false;
            }
        }
        return true;
    }

    static int firstNonBlank(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
