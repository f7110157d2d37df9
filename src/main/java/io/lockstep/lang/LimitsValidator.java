package io.lockstep.lang;

import io.lockstep.model.InlinedSize;
import io.lockstep.model.ThreadSpec;
import io.lockstep.model.VarDecl;
import java.util.Locale;

/**
 * Checks the sizes that would otherwise break the engine, before it builds anything: how large and
 * how deep each thread becomes once its calls are inlined ({@link InlinedSize} measures that
 * without inlining), and that every var starts as a 32-bit value. Runs after {@link Validator}, on
 * a scenario whose calls are known; each error points at the thread or declaration concerned.
 */
final class LimitsValidator {
    private LimitsValidator() {}

    static void check(ScenarioResolver.Resolution resolution, Merged merged, DiagnosticSink sink) {
        for (ScenarioResolver.Unit unit : resolution.dependencyOrder()) {
            for (VarDecl v : unit.decls.vars) {
                fitsInt(v.initial(), v.pos(), "var " + v.name(), sink);
            }
            for (FileDecls.Init init : unit.decls.inits) {
                fitsInt(init.value(), init.pos(), "init " + init.var(), sink);
            }
        }
        InlinedSize sizes = new InlinedSize(merged.procs);
        long total = 0;
        for (ThreadSpec thread : merged.threads) {
            InlinedSize.Size size = sizes.ofThread(thread.body());
            String name = "thread \"" + thread.label() + "\"";
            if (size.depth() > LanguageLimits.MAX_INLINE_DEPTH) {
                sink.error(thread.pos(), name + " nests calls and if blocks " + count(size.depth()) + " deep once calls"
                        + " are inlined; at most " + LanguageLimits.MAX_INLINE_DEPTH + " levels are allowed");
            }
            if (size.slots() > LanguageLimits.MAX_LOCALS_PER_THREAD) {
                sink.error(thread.pos(), name + " needs " + count(size.slots()) + " local slots once calls are inlined"
                        + " (every inlined call has its own parameters and locals); at most "
                        + count(LanguageLimits.MAX_LOCALS_PER_THREAD) + " are allowed");
            }
            long before = total;
            total = Math.min(InlinedSize.HUGE, total + size.statements());
            if (size.statements() > LanguageLimits.MAX_INLINED_STATEMENTS) {
                sink.error(thread.pos(), name + " inlines to " + count(size.statements()) + " statements (procs that"
                        + " call procs several times multiply); at most " + count(LanguageLimits.MAX_INLINED_STATEMENTS)
                        + " for all threads together");
            } else if (total > LanguageLimits.MAX_INLINED_STATEMENTS && before <= LanguageLimits.MAX_INLINED_STATEMENTS) {
                sink.error(thread.pos(), "the threads up to " + name + " inline to " + count(total)
                        + " statements together; at most " + count(LanguageLimits.MAX_INLINED_STATEMENTS) + " are allowed");
            }
        }
    }

    private static void fitsInt(long value, io.lockstep.model.SourcePos pos, String what, DiagnosticSink sink) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            sink.error(pos, what + " = " + value + " does not fit in a 32-bit int (" + Integer.MIN_VALUE + ".."
                    + Integer.MAX_VALUE + ")");
        }
    }

    private static String count(long n) {
        return n >= InlinedSize.HUGE ? "more than " + String.format(Locale.ROOT, "%,d", InlinedSize.HUGE)
                : String.format(Locale.ROOT, "%,d", n);
    }
}
