package io.lockstep.ui.view;

import io.lockstep.model.BlockState;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The key under the memory map: a swatch and a word per block state, and what a ring means. It
 * wraps onto a second line when the map is narrow, rather than cutting its words short.
 */
final class MapLegend extends FlowPane {
    private static final BlockState[] ORDER = {BlockState.ONLINE, BlockState.GOING_OFFLINE, BlockState.OFFLINE,
        BlockState.ABSENT};
    private final Rectangle[] swatches = new Rectangle[ORDER.length];

    MapLegend() {
        super(10, 2);
        getStyleClass().add("lk-map-legend");
        setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < ORDER.length; i++) {
            swatches[i] = new Rectangle(12, 12);
            swatches[i].setArcWidth(4);
            swatches[i].setArcHeight(4);
            getChildren().add(item(swatches[i], ORDER[i].keyword().replace('_', ' ')));
        }
        Rectangle ring = new Rectangle(10, 10);
        ring.getStyleClass().add("lk-map-ring");
        ring.setFill(null);
        getChildren().add(item(ring, "changed at this step"));
    }

    private static Label item(Rectangle swatch, String text) {
        Label l = new Label(text, swatch);
        l.getStyleClass().add("lk-map-legend-item");
        return l;
    }

    /** The state colours, by state ordinal, and the outline colour of absent blocks. */
    void setColors(Color[] byState, Color absentOutline) {
        for (int i = 0; i < ORDER.length; i++) {
            swatches[i].setFill(byState[ORDER[i].ordinal()]);
            boolean absent = ORDER[i] == BlockState.ABSENT;
            swatches[i].setStroke(absent ? absentOutline : null);
            if (absent) {
                swatches[i].getStrokeDashArray().setAll(2.0, 2.0);
            }
        }
    }
}
