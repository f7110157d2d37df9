package io.lockstep.engine;

import io.lockstep.model.Expr;

/**
 * A compiled expression: names resolved to local slots or constants, so evaluation is a walk over
 * a few nodes reading the thread's locals in the state array.
 */
public abstract sealed class CExpr {
    /** Evaluates with the thread's locals starting at {@code locals} in {@code s}. */
    abstract long eval(int[] s, int locals);

    /** Adds the local slots this expression reads to {@code used}. */
    abstract void usedSlots(java.util.BitSet used);

    public static final class Const extends CExpr {
        final long value;

        Const(long value) {
            this.value = value;
        }

        public long value() {
            return value;
        }

        @Override
        long eval(int[] s, int locals) {
            return value;
        }

        @Override
        void usedSlots(java.util.BitSet used) {}
    }

    public static final class Local extends CExpr {
        final int slot;

        Local(int slot) {
            this.slot = slot;
        }

        public int slot() {
            return slot;
        }

        @Override
        long eval(int[] s, int locals) {
            return s[locals + slot];
        }

        @Override
        void usedSlots(java.util.BitSet used) {
            used.set(slot);
        }
    }

    /** {@code pages(e)}: every defined block holds the same number of pages. */
    public static final class Pages extends CExpr {
        final CExpr block;
        final Program program;

        Pages(CExpr block, Program program) {
            this.block = block;
            this.program = program;
        }

        public CExpr block() {
            return block;
        }

        @Override
        long eval(int[] s, int locals) {
            program.checkBlock(block.eval(s, locals));
            return program.pagesPerBlock();
        }

        @Override
        void usedSlots(java.util.BitSet used) {
            block.usedSlots(used);
        }
    }

    public static final class Unary extends CExpr {
        final Expr.UnaryOp op;
        final CExpr operand;

        Unary(Expr.UnaryOp op, CExpr operand) {
            this.op = op;
            this.operand = operand;
        }

        public Expr.UnaryOp op() {
            return op;
        }

        public CExpr operand() {
            return operand;
        }

        @Override
        long eval(int[] s, int locals) {
            long v = operand.eval(s, locals);
            return op == Expr.UnaryOp.NEG ? -v : (v == 0 ? 1 : 0);
        }

        @Override
        void usedSlots(java.util.BitSet used) {
            operand.usedSlots(used);
        }
    }

    public static final class Binary extends CExpr {
        final Expr.BinaryOp op;
        final CExpr left;
        final CExpr right;

        Binary(Expr.BinaryOp op, CExpr left, CExpr right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        public Expr.BinaryOp op() {
            return op;
        }

        public CExpr left() {
            return left;
        }

        public CExpr right() {
            return right;
        }

        @Override
        long eval(int[] s, int locals) {
            long a = left.eval(s, locals);
            // and/or short-circuit, as a reader of the scenario expects
            if (op == Expr.BinaryOp.AND) {
                return a != 0 && right.eval(s, locals) != 0 ? 1 : 0;
            }
            if (op == Expr.BinaryOp.OR) {
                return a != 0 || right.eval(s, locals) != 0 ? 1 : 0;
            }
            long b = right.eval(s, locals);
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case EQ -> a == b ? 1 : 0;
                case NE -> a != b ? 1 : 0;
                case LT -> a < b ? 1 : 0;
                case LE -> a <= b ? 1 : 0;
                case GT -> a > b ? 1 : 0;
                case GE -> a >= b ? 1 : 0;
                case AND, OR -> throw new AssertionError(op);
            };
        }

        @Override
        void usedSlots(java.util.BitSet used) {
            left.usedSlots(used);
            right.usedSlots(used);
        }
    }
}
