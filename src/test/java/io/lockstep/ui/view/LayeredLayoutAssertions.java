package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.fail;

import io.lockstep.ui.view.layout.Box;
import java.util.List;

/** The overlap check the graph's tests share: no two text boxes may share area. */
final class LayeredLayoutAssertions {
    private LayeredLayoutAssertions() {}

    static void noOverlaps(String what, List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j))) {
                    fail(what + ": " + boxes.get(i) + " overlaps " + boxes.get(j));
                }
            }
        }
    }
}
