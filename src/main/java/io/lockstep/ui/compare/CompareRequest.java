package io.lockstep.ui.compare;

import io.lockstep.event.Finding;
import io.lockstep.explore.Limits;
import io.lockstep.ui.vm.ModelVariant;
import io.lockstep.ui.vm.ScenarioSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to compare: one scenario under the {@code left} model (what the window runs) and the
 * {@code right} one; which schedule both replay (the window's, or, when {@code shortestOf} is set,
 * the shortest schedule of that kind on whichever side has one, the left first); and the step the
 * shared cursor starts at.
 */
public record CompareRequest(ScenarioSource source, ModelVariant left, ModelVariant right, List<Integer> schedule,
        Finding.Kind shortestOf, int startStep, boolean checkRules, Limits limits) {

    public CompareRequest {
        schedule = List.copyOf(schedule);
    }

    /**
     * The right model as it is run: switch settings alone ({@code patch3=on}) apply to the left's
     * release with the left's own settings, so "with and without a patch" differ in that patch only.
     */
    public ModelVariant effectiveRight() {
        if (right.release() != null) {
            return right;
        }
        Map<String, Boolean> switches = new LinkedHashMap<>(left.switches());
        switches.putAll(right.switches());
        return new ModelVariant(left.release(), switches);
    }
}
