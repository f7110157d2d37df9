package io.lockstep.ui.compare;

/** A class-level lock-order edge, {@code from → to}: some thread took a {@code to} while holding a {@code from}. */
public record OrderEdge(String from, String to) implements Comparable<OrderEdge> {

    @Override
    public int compareTo(OrderEdge o) {
        int c = from.compareTo(o.from);
        return c != 0 ? c : to.compareTo(o.to);
    }

    @Override
    public String toString() {
        return from + " → " + to;
    }
}
