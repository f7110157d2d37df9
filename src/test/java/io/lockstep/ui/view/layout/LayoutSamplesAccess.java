package io.lockstep.ui.view.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The list of samples for tests in other packages. */
public final class LayoutSamplesAccess {
    private LayoutSamplesAccess() {}

    public static List<Path> all() throws IOException {
        return LayoutSamples.all().toList();
    }
}
