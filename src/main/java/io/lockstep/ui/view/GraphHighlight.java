package io.lockstep.ui.view;

import io.lockstep.event.Finding;
import io.lockstep.ui.view.LockGraphModel.Reported;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the graph marks at one step, worked out from the findings reported so far: the edges and
 * classes of plain inversions (red) and of guarded ones (amber), their gates, and every class of a
 * cycle or of the deadlock (what "cycle only" keeps). Plain Java, no drawing.
 */
record GraphHighlight(Set<String> redEdges, Set<String> amberEdges, Set<String> redClasses, Set<String> amberClasses,
        Set<String> gates, Set<String> cycleClasses) {

    static GraphHighlight at(List<Reported<Finding.Inversion>> inversions, Reported<Finding.Deadlock> deadlock,
            Function<String, String> classOf) {
        Set<String> redEdges = new LinkedHashSet<>();
        Set<String> amberEdges = new LinkedHashSet<>();
        Set<String> red = new LinkedHashSet<>();
        Set<String> amber = new LinkedHashSet<>();
        Set<String> gates = new LinkedHashSet<>();
        Set<String> cycle = new LinkedHashSet<>();
        for (Reported<Finding.Inversion> r : inversions) {
            Finding.Inversion inv = r.finding();
            boolean guarded = inv.gate() != null;
            (guarded ? amberEdges : redEdges).addAll(LockGraphModel.cycleEdges(inv.cycle()));
            (guarded ? amber : red).addAll(inv.cycle());
            cycle.addAll(inv.cycle());
            if (guarded) {
                gates.add(classOf.apply(inv.gate()));
            }
        }
        if (deadlock != null) {
            deadlock.finding().cycle().forEach(w -> cycle.add(classOf.apply(w.lock())));
        }
        amber.removeAll(red);
        return new GraphHighlight(redEdges, amberEdges, red, amber, gates, cycle);
    }

    /** Whether "cycle only" keeps this class: it is on a cycle, or there is no cycle yet (then it keeps all). */
    boolean keeps(String cls) {
        return cycleClasses.isEmpty() || cycleClasses.contains(cls);
    }
}
