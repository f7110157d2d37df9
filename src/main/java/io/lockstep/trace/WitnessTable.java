package io.lockstep.trace;

import io.lockstep.event.Event;
import io.lockstep.event.Finding;
import io.lockstep.event.LockOrderEdge;
import io.lockstep.event.StepTaken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers how each lock-order edge was made (thread, step, statement, call stack, locks held), so
 * an inversion can be reported the way lockdep does: with the stack of every edge of its cycle.
 * When an edge is made again with fewer locks in common, that later acquisition is the one that
 * explains the cycle, so it replaces the first.
 */
final class WitnessTable {
    private final List<String> labels;
    private final Map<String, Finding.EdgeWitness> byEdge = new HashMap<>();
    private StepTaken current;

    WitnessTable(List<String> labels) {
        this.labels = labels;
    }

    void accept(Event e) {
        if (e instanceof StepTaken st) {
            current = st;
        } else if (e instanceof LockOrderEdge edge && current != null) {
            byEdge.put(edge.from() + ">" + edge.to(), new Finding.EdgeWitness(edge.from(), edge.to(),
                    labels.get(edge.thread()), edge.step(), current.statement(), current.stack(), edge.held()));
        }
    }

    /** The inversion with one witness per edge of its cycle. */
    Finding.Inversion explain(Finding.Inversion inv) {
        List<Finding.EdgeWitness> ws = new ArrayList<>();
        List<String> c = inv.cycle();
        for (int i = 0; i < c.size(); i++) {
            Finding.EdgeWitness w = byEdge.get(c.get(i) + ">" + c.get((i + 1) % c.size()));
            if (w != null) {
                ws.add(w);
            }
        }
        return new Finding.Inversion(inv.cycle(), inv.gate(), inv.novalidate(), ws);
    }
}
