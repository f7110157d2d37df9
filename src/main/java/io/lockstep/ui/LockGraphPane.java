package io.lockstep.ui;

import io.lockstep.ui.view.LockGraphView;
import io.lockstep.ui.view.TraceView;
import io.lockstep.ui.vm.SessionViewModel;

/**
 * The lock-order graph's pane, connected to the explorer: when an exploration ends, the graph gets
 * its edges (every interleaving's) to lay itself out once. The program explored is the run's: the
 * session starts both together, on this thread, so when "exploring" turns false they still agree.
 */
final class LockGraphPane {
    private LockGraphPane() {}

    static ViewPane create(SessionViewModel session, TraceView graph) {
        if (graph instanceof LockGraphView view) {
            session.verdicts().exploringProperty().addListener((obs, was, is) -> {
                if (!is && session.verdicts().result() != null && session.run().program() != null) {
                    view.showExplored(session.run().program(), session.verdicts().result());
                }
            });
        }
        return new ViewPane("Lock-order graph", "outer locks above inner; hover an edge for how it was made, click it to go there",
                graph);
    }
}
