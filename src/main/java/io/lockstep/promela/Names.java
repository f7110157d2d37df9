package io.lockstep.promela;

import io.lockstep.engine.CExpr;
import io.lockstep.engine.CPlace;
import io.lockstep.engine.Instr;
import io.lockstep.engine.Program;
import io.lockstep.model.Expr;
import io.lockstep.model.Place;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How the engine's state is named in the Promela model: lock instances (renumbered over the lock
 * classes the code uses, so an unused per-block array costs nothing), shared places, and the text
 * of compiled expressions together with the condition under which evaluating them is a runtime
 * error of the scenario (an unknown block number), which the engine reports instead of a value.
 */
final class Names {
    final Program p;
    /** Per lock class: its first Promela instance number, or -1 when no instruction uses the class. */
    final int[] classBase;
    final int instances;
    /** The place kinds some instruction reads or writes (only their arrays are declared). */
    final Set<Place.Kind> places = EnumSet.noneOf(Place.Kind.class);
    boolean setsBlockState;
    boolean setsBlockZone;

    Names(Program p) {
        this.p = p;
        boolean[] used = new boolean[p.lockClassCount()];
        for (int t = 0; t < p.threadCount(); t++) {
            for (Instr in : p.code(t)) {
                if (in.lockClass() >= 0) {
                    used[in.lockClass()] = true;
                }
                if (in.place() != null) {
                    places.add(in.place().kind());
                }
                if (in.op() == Instr.Op.SET_BLOCK) {
                    setsBlockState |= in.blockState() != null;
                    setsBlockZone |= in.zone() >= 0;
                }
            }
        }
        classBase = new int[used.length];
        int next = 0;
        for (int c = 0; c < used.length; c++) {
            classBase[c] = used[c] ? next : -1;
            next += used[c] ? classSize(c) : 0;
        }
        instances = next;
    }

    int classSize(int c) {
        return p.lockClassPerBlock(c) ? p.blockNumberCount() : 1;
    }

    /** The Promela instance numbers of the used classes of one kind, as [from, to) ranges. */
    List<int[]> ranges(java.util.function.IntPredicate classFilter) {
        List<int[]> out = new ArrayList<>();
        for (int c = 0; c < classBase.length; c++) {
            if (classBase[c] >= 0 && classFilter.test(c)) {
                out.add(new int[] {classBase[c], classBase[c] + classSize(c)});
            }
        }
        return out;
    }

    /** The name of a Promela lock instance, as the engine names it ({@code device_lock[4]}). */
    String instanceName(int promelaInstance) {
        for (int c = 0; c < classBase.length; c++) {
            if (classBase[c] >= 0 && promelaInstance >= classBase[c] && promelaInstance < classBase[c] + classSize(c)) {
                return p.lockInstanceName(p.lockClassBase(c) + promelaInstance - classBase[c]);
            }
        }
        throw new IllegalArgumentException("instance " + promelaInstance);
    }

    /** {@code DEFINED(e)}: whether a block number names a block of the memory layout (else a runtime error). */
    String defined(String block) {
        List<String> parts = new ArrayList<>();
        int n = p.blockNumberCount();
        for (int b = 0; b < n; b++) {
            if (!p.isBlockDefined(b)) {
                continue;
            }
            int last = b;
            while (last + 1 < n && p.isBlockDefined(last + 1)) {
                last++;
            }
            parts.add(b == last ? "(" + block + ") == " + b : "((" + block + ") >= " + b + " && (" + block + ") <= " + last + ")");
            b = last;
        }
        return parts.isEmpty() ? "false" : "(" + String.join(" || ", parts) + ")";
    }

    private static final String MIN = "(-2147483647 - 1)";
    private static final String MAX = "2147483647";

    /** A compiled expression as Promela; {@code l[k]} is local slot k of the thread. */
    String expr(CExpr e) {
        if (e instanceof CExpr.Const c) {
            if (c.value() < Integer.MIN_VALUE || c.value() > Integer.MAX_VALUE) {
                throw new Promela.Unsupported("the number " + c.value() + " does not fit in SPIN's 32-bit int");
            }
            return c.value() == Integer.MIN_VALUE ? MIN : Long.toString(c.value());
        } else if (e instanceof CExpr.Local l) {
            return "l[" + l.slot() + "]";
        } else if (e instanceof CExpr.Pages) {
            return Long.toString(p.pagesPerBlock());
        } else if (e instanceof CExpr.Unary u) {
            return (u.op() == Expr.UnaryOp.NEG ? "-" : "!") + "(" + expr(u.operand()) + ")";
        } else if (e instanceof CExpr.Binary b) {
            return "(" + expr(b.left()) + " " + binary(b.op()) + " " + expr(b.right()) + ")";
        }
        throw new IllegalArgumentException(e.toString());
    }

    private static String binary(Expr.BinaryOp op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
            case EQ -> "==";
            case NE -> "!=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            case AND -> "&&";
            case OR -> "||";
        };
    }

    /**
     * When evaluating {@code e} is a runtime error, as the engine evaluates it (and and or
     * short-circuit, so the right side counts only when it is evaluated); null when it never is.
     *
     * <p>The engine computes in 64 bits and reports a value that does not fit in 32 as a runtime
     * error where a let or a write stores it. Promela's int is 32 bits, so here a +, - or * whose
     * result leaves 32 bits is that runtime error wherever it happens: the same verdict whenever the
     * result that overflows is the one stored (the usual {@code x + 1}); different only when an
     * intermediate result outside 32 bits comes back into range, or is only compared.
     */
    String fault(CExpr e) {
        if (e instanceof CExpr.Pages pg) {
            return or(fault(pg.block()), "!" + defined(expr(pg.block())));
        } else if (e instanceof CExpr.Unary u) {
            String neg = u.op() == Expr.UnaryOp.NEG ? "(" + expr(u.operand()) + " == " + MIN + ")" : null;
            return or(fault(u.operand()), neg);
        } else if (e instanceof CExpr.Binary b) {
            String left = fault(b.left());
            String right = fault(b.right());
            if (right != null && b.op() == Expr.BinaryOp.AND) {
                right = "(" + expr(b.left()) + " && " + right + ")";
            } else if (right != null && b.op() == Expr.BinaryOp.OR) {
                right = "(!" + expr(b.left()) + " && " + right + ")";
            }
            return or(or(left, right), overflow(b.op(), expr(b.left()), expr(b.right())));
        }
        return null;
    }

    /** Whether a op b leaves 32 bits, tested without computing it (CERT INT32-C). */
    private static String overflow(Expr.BinaryOp op, String a, String b) {
        return switch (op) {
            case ADD -> "((" + b + " > 0 && " + a + " > " + MAX + " - " + b + ") || (" + b + " < 0 && " + a + " < " + MIN
                    + " - " + b + "))";
            case SUB -> "((" + b + " < 0 && " + a + " > " + MAX + " + " + b + ") || (" + b + " > 0 && " + a + " < " + MIN
                    + " + " + b + "))";
            case MUL -> "((" + a + " > 0 && " + b + " > 0 && " + a + " > " + MAX + " / " + b + ") || (" + a + " > 0 && " + b
                    + " < 0 && " + b + " < " + MIN + " / " + a + ") || (" + a + " < 0 && " + b + " > 0 && " + a + " < " + MIN
                    + " / " + b + ") || (" + a + " < 0 && " + b + " < 0 && " + b + " < " + MAX + " / " + a + "))";
            default -> null;
        };
    }

    static String or(String a, String b) {
        return a == null ? b : b == null ? a : "(" + a + " || " + b + ")";
    }

    /** A shared place as a Promela variable; {@code block} is the checked block number (tb). */
    String place(CPlace pl, String block) {
        return switch (pl.kind()) {
            case VAR -> "v_" + varName(pl.varIndex(p));
            case ZONE_PRESENT -> "zone_present[" + pl.zoneIndex(p) + "]";
            case ZONE_SPANNED -> "zone_spanned[" + pl.zoneIndex(p) + "]";
            case NODE_PRESENT -> "node_present_pages";
            case TOTALRAM -> "totalram_pages";
            case BLOCK_STATE -> "block_state[" + block + "]";
            case BLOCK_ONLINE_TYPE -> "block_online_type[" + block + "]";
            case BLOCK_SYSFS -> "block_sysfs[" + block + "]";
            case BLOCK_DEV_OFFLINE -> "block_dev_offline[" + block + "]";
            case BLOCK_NID -> "block_nid[" + block + "]";
            case ZONE_OF_PRESENT -> "zone_present[block_zone[" + block + "]]";
            case ZONE_OF_SPANNED -> "zone_spanned[block_zone[" + block + "]]";
        };
    }

    /** Whether the model needs the zone each block is in. */
    boolean needsBlockZone() {
        return setsBlockZone || places.contains(Place.Kind.ZONE_OF_PRESENT) || places.contains(Place.Kind.ZONE_OF_SPANNED);
    }

    boolean needsZones() {
        return needsBlockZone() || places.contains(Place.Kind.ZONE_PRESENT) || places.contains(Place.Kind.ZONE_SPANNED);
    }

    String varName(int index) {
        return new ArrayList<>(p.scenario().vars().keySet()).get(index);
    }
}
