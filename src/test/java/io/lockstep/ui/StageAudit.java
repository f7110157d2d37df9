package io.lockstep.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a projector audience would see wrong on a laid-out scene: a label cut short ("…"), two
 * texts drawn over each other, text smaller than a minimum size on screen (its font times every
 * scale above it), or text outside the window. Walks every visible node of the tree.
 */
final class StageAudit {
    private final List<String> problems = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();
    private final double minSize;
    private final double width;
    private final double height;

    private StageAudit(double minSize, double width, double height) {
        this.minSize = minSize;
        this.width = width;
        this.height = height;
    }

    /** The problems of {@code root}'s tree; {@code minSize} 0 skips the size check. */
    static List<String> of(Parent root, double minSize) {
        StageAudit a = new StageAudit(minSize, root.getScene().getWidth(), root.getScene().getHeight());
        a.walk(root);
        a.overlaps();
        a.canvasFonts(root);
        return a.problems;
    }

    private void walk(Node n) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Text shown = (Text) l.lookup(".text");
            if (shown != null && !same(shown.getText(), l.getText())) {
                problems.add("truncated: \"" + l.getText() + "\" shows as \"" + shown.getText() + "\" in "
                        + l.getWidth() + "x" + l.getHeight() + " (" + where(l) + ")");
            }
        }
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            texts.add(t);
            double size = t.getFont().getSize() * scaleOf(t);
            if (minSize > 0 && size < minSize - 0.05) {
                problems.add(String.format("%.1f px: \"%s\" (%s)", size, first(t.getText()), where(t)));
            }
            Bounds b = t.localToScene(t.getBoundsInLocal());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
                problems.add("off screen: \"" + first(t.getText()) + "\" at " + b);
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c);
            }
        }
    }

    /**
     * The fonts a canvas paints its text in (the timeline reads them from hidden CSS probe labels),
     * at the canvas's scale on screen: canvas text is not in the scene graph, so it is checked here.
     */
    private void canvasFonts(Parent root) {
        if (minSize <= 0) {
            return;
        }
        for (String probeClass : new String[] {".lk-canvas-font", ".lk-canvas-font-small", ".lk-canvas-font-bold"}) {
            for (Node n : root.lookupAll(probeClass)) {
                Node canvasView = n.getParent() == null ? null : n.getParent().getParent(); // probe < palette < view
                if (n instanceof Labeled probe && canvasView != null && canvasView.isVisible()) {
                    double size = probe.getFont().getSize() * scaleOf(canvasView);
                    if (size < minSize - 0.05) {
                        problems.add(String.format("%.1f px: canvas text %s (%s)", size, probeClass, where(canvasView)));
                    }
                }
            }
        }
    }

    private void overlaps() {
        List<Bounds> boxes = texts.stream().map(t -> t.localToScene(t.getLayoutBounds())).toList();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Bounds a = boxes.get(i);
                Bounds b = boxes.get(j);
                // One pixel of slack: glyph boxes of neighbouring lines may touch.
                if (a.getMinX() + 1 < b.getMaxX() && b.getMinX() + 1 < a.getMaxX()
                        && a.getMinY() + 1 < b.getMaxY() && b.getMinY() + 1 < a.getMaxY()) {
                    problems.add("overlap: \"" + first(texts.get(i).getText()) + "\" and \"" + first(texts.get(j).getText())
                            + "\" (" + where(texts.get(i)) + " / " + where(texts.get(j)) + ")");
                }
            }
        }
    }

    /** The on-screen size of one unit of the node's own coordinates. */
    static double scaleOf(Node n) {
        Point2D o = n.localToScene(0, 0);
        Point2D y = n.localToScene(0, 1);
        return o.distance(y);
    }

    private static boolean same(String shown, String text) {
        return shown.replaceAll("\\s+", " ").strip().equals(text.replaceAll("\\s+", " ").strip());
    }

    private static String first(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 50 ? line.substring(0, 50) + "..." : line;
    }

    private static String where(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node p = n; p != null && sb.length() < 120; p = p.getParent()) {
            String name = p.getId() != null ? "#" + p.getId()
                    : !p.getStyleClass().isEmpty() ? "." + p.getStyleClass().get(0) : p.getClass().getSimpleName();
            sb.append(sb.length() == 0 ? "" : " < ").append(name);
        }
        return sb.toString();
    }
}
