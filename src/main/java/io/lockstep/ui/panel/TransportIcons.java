package io.lockstep.ui.panel;

import javafx.scene.shape.SVGPath;

/** The transport's icons as shapes, so they look the same whatever fonts a machine has. */
final class TransportIcons {
    static final String ICON = "lk-icon";

    private TransportIcons() {}

    static SVGPath start() {
        return icon("M0 0h2v12H0z M12 0v12L3 6z");
    }

    static SVGPath back() {
        return icon("M10 0v12L1 6z");
    }

    static SVGPath step() {
        return icon("M1 0v12l9-6z");
    }

    static SVGPath play() {
        return icon("M0 0v12l6-6z M6 0v12l6-6z");
    }

    static SVGPath pause() {
        return icon("M1 0h3.5v12H1z M7.5 0H11v12H7.5z");
    }

    static SVGPath end() {
        return icon("M0 0v12l9-6z M10 0h2v12h-2z");
    }

    private static SVGPath icon(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add(ICON);
        return p;
    }
}
