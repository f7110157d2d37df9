package io.lockstep.ui.view;

import io.lockstep.event.Finding;
import io.lockstep.ui.view.LockGraphModel.Reported;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The lines under the lock-order graph that name what it shows: the deadlock, then the inversions. */
final class GraphFindingLines {
    private GraphFindingLines() {}

    /** The lines under the graph: the deadlock, then the inversions, each with the step it appeared at. */
    static void show(Label finding, List<Reported<Finding.Inversion>> inversions, Reported<Finding.Deadlock> deadlock) {
        List<String> lines = new ArrayList<>();
        boolean red = false;
        if (deadlock != null) {
            lines.add(describeDeadlock(deadlock));
        }
        for (Reported<Finding.Inversion> r : inversions) {
            red |= r.finding().gate() == null;
            lines.add(describeInversion(r));
        }
        // Two lines at most: the graph needs the height, and the narration line and the status bar
        // carry the full text.
        finding.setText(String.join("\n", lines.stream().limit(2).toList())
                + (lines.size() > 2 ? " (and " + (lines.size() - 2) + " more)" : ""));
        finding.setTooltip(lines.isEmpty() ? null : new Tooltip(String.join("\n", lines)));
        finding.pseudoClassStateChanged(StyleClasses.DEADLOCKED, deadlock != null);
        finding.pseudoClassStateChanged(StyleClasses.INVERSION, deadlock == null && red);
        finding.pseudoClassStateChanged(StyleClasses.GUARDED, deadlock == null && !red && !inversions.isEmpty());
    }

    static String describeDeadlock(Reported<Finding.Deadlock> d) {
        StringBuilder sb = new StringBuilder("deadlock at step ").append(d.step()).append(": ");
        List<Finding.Wait> cycle = d.finding().cycle();
        for (int i = 0; i < cycle.size(); i++) {
            Finding.Wait w = cycle.get(i);
            sb.append(i == 0 ? "" : "; ").append(w.thread()).append(" waits for ").append(w.lock());
            if (w.holder() != null) {
                sb.append(" held by ").append(w.holder());
            }
        }
        return sb.toString();
    }

    static String describeInversion(Reported<Finding.Inversion> r) {
        Finding.Inversion inv = r.finding();
        String path = String.join(" \u2192 ", inv.cycle()) + " \u2192 " + inv.cycle().get(0);
        if (inv.gate() != null) {
            return "guarded inversion at step " + r.step() + ": " + path + ", every edge made under " + inv.gate();
        }
        return (inv.recursive() ? "recursive locking" : "inversion") + " at step " + r.step() + ": " + path;
    }

}
