package io.lockstep.ui.view;

import io.lockstep.ui.view.layout.LayoutKeeper;
import java.util.Set;

/**
 * The layout keeper of a focused graph (a stage's locks that matter), made from the whole graph's
 * keeper and kept while neither the focus nor that keeper changes, so stepping through steps that
 * keep the same locks never lays anything out again.
 */
final class FocusedLayouts {
    private LayoutKeeper base;
    private boolean baseProvisional;
    private Set<String> focus;
    private LayoutKeeper restricted;

    LayoutKeeper keeperFor(LayoutKeeper whole, Set<String> classes) {
        if (whole != base || whole.provisional() != baseProvisional || !classes.equals(focus)) {
            base = whole;
            baseProvisional = whole.provisional();
            focus = Set.copyOf(classes);
            restricted = whole.restrictedTo(focus);
        }
        return restricted;
    }
}
