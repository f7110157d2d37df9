package io.lockstep.ui.compare;

import io.lockstep.engine.Program;
import io.lockstep.model.Scenario;
import io.lockstep.model.Switch;
import io.lockstep.trace.Trace;
import io.lockstep.ui.vm.ExplorationService;
import io.lockstep.ui.vm.ModelVariant;
import io.lockstep.ui.vm.SessionViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Opens the compare view on what the main window shows: its scenario, its model, its run and step. */
public final class WindowComparison {
    private WindowComparison() {}

    /** The model the window's run uses, with every switch at the value it has there. */
    public static Optional<ModelVariant> leftOf(SessionViewModel session) {
        Program program = session.run().program();
        if (program == null) {
            return Optional.empty();
        }
        Scenario scenario = program.scenario();
        Map<String, Boolean> switches = new LinkedHashMap<>();
        for (Switch s : scenario.switches().values()) {
            switches.put(s.name(), s.on());
        }
        return Optional.of(new ModelVariant(scenario.release(), switches));
    }

    /**
     * What comparing the window's run with {@code right} asks for: the window's scenario under its
     * model on the left, the run on screen replayed on both sides, the cursor at the window's step.
     */
    public static Optional<CompareRequest> request(SessionViewModel session, ModelVariant right) {
        Optional<ModelVariant> left = leftOf(session);
        if (left.isEmpty() || session.source() == null) {
            return Optional.empty();
        }
        Trace trace = session.run().trace();
        List<Integer> schedule = trace == null ? List.of() : trace.schedule();
        int step = session.run().shownStepProperty().get();
        return Optional.of(new CompareRequest(session.source(), left.get(), right, schedule, null, step,
                session.run().program().checksRules(), ExplorationService.WINDOW_LIMITS));
    }

    /** Opens a compare window over {@code owner}; false (nothing opened) when the window has no run yet. */
    public static boolean open(Window owner, SessionViewModel session, ModelVariant right) {
        Optional<CompareRequest> request = request(session, right);
        if (request.isEmpty()) {
            return false;
        }
        var screen = Screen.getPrimary().getVisualBounds();
        CompareWindow.open(owner, request.get(), Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
        return true;
    }
}
