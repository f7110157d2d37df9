package io.lockstep.ui.export;

import io.lockstep.ui.draw.Drawing;
import io.lockstep.ui.draw.PathData;
import io.lockstep.ui.draw.VectorCanvas;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

/**
 * Paints a laid-out node tree into a {@link Drawing}: region backgrounds and borders, shapes, text
 * (a label's included: it is a text node inside the label's skin), images, and canvases (again as
 * vectors when they paint through a Drawing, see {@link VectorCanvas}; as their pixels otherwise),
 * each under its node's transform, opacity and clip. Hidden nodes are left out. Effects such as
 * drop shadows are not drawn: they are decoration, and SVG 1.1 viewers disagree about filters.
 * Runs on the FX thread, after a layout pass.
 */
public final class SceneWalker {
    private final Drawing d;

    private SceneWalker(Drawing d) {
        this.d = d;
    }

    /** Paints {@code root} with the top left of its layout bounds at (0, 0). */
    public static void paint(Node root, Drawing d) {
        Bounds b = root.getLayoutBounds();
        d.save();
        d.translate(-b.getMinX(), -b.getMinY());
        new SceneWalker(d).contentAndChildren(root);
        d.restore();
    }

    private void node(Node n) {
        if (!n.isVisible() || n.getOpacity() <= 0) {
            return;
        }
        d.save();
        Transform t = n.getLocalToParentTransform();
        d.transform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
        contentAndChildren(n);
        d.restore();
    }

    private void contentAndChildren(Node n) {
        d.opacity(n.getOpacity());
        if (n.getClip() != null) {
            d.clip(clipPath(n.getClip()));
        }
        if (n instanceof Region r) {
            RegionPainter.paint(r, d);
        } else if (n instanceof Text text) {
            text(text);
        } else if (n instanceof Shape s) {
            shape(s);
        } else if (n instanceof Canvas c) {
            canvas(c);
        } else if (n instanceof ImageView v) {
            image(v);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                node(child);
            }
        }
    }

    /** A clip node's outline in its owner's coordinates (a clip is laid out in them, moved by its own transform). */
    private static PathData clipPath(Node clip) {
        PathData p = clip instanceof Shape s ? ShapePaths.of(s) : null;
        if (p == null) {
            Bounds b = clip.getLayoutBounds();
            p = PathData.rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        }
        return clip.getLocalToParentTransform().isIdentity() ? p : p.mapped(clip.getLocalToParentTransform());
    }

    private void shape(Shape s) {
        PathData p = ShapePaths.of(s);
        if (p == null) {
            return;
        }
        if (s.getFill() != null) {
            d.fill(p, s.getFill());
        }
        if (s.getStroke() != null && s.getStrokeWidth() > 0) {
            // Strokes are drawn centred on the outline; an INSIDE or OUTSIDE stroke is off by half its width.
            d.stroke(p, s.getStroke(), s.getStrokeWidth(), dashes(s));
        }
    }

    private static double[] dashes(Shape s) {
        if (s.getStrokeDashArray().isEmpty()) {
            return null;
        }
        return s.getStrokeDashArray().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A text node, line by line: where JavaFX broke the lines (wrapping, or a newline) is read off
     * its caret positions, so the lines and their places are JavaFX's, not a guess.
     */
    private void text(Text t) {
        String s = t.getText();
        Paint fill = t.getFill() == null ? Color.BLACK : t.getFill();
        if (s == null || s.isBlank()) {
            return;
        }
        double firstBaseline = t.getLayoutBounds().getMinY() + t.getBaselineOffset();
        if (t.getWrappingWidth() <= 0 && s.indexOf('\n') < 0) {
            d.text(s, t.getX(), firstBaseline, t.getFont(), fill, TextAlignment.LEFT, VPos.BASELINE);
            return;
        }
        int start = 0;
        double[] first = caret(t, 0);
        double[] line = first;
        for (int i = 1; i <= s.length(); i++) {
            double[] here = i < s.length() ? caret(t, i) : null;
            if (here == null || Math.abs(here[1] - line[1]) > 0.5) {
                String piece = s.substring(start, i).replace("\n", "").stripTrailing();
                if (!piece.isEmpty()) {
                    d.text(piece, line[0], firstBaseline + line[1] - first[1], t.getFont(), fill, TextAlignment.LEFT,
                            VPos.BASELINE);
                }
                start = i;
                line = here;
            }
        }
    }

    /** The top left of the caret before character {@code i}. */
    private static double[] caret(Text t, int i) {
        var shape = t.caretShape(i, true);
        if (shape.length > 0 && shape[0] instanceof javafx.scene.shape.MoveTo m) {
            return new double[] {m.getX(), m.getY()};
        }
        return new double[] {t.getX(), 0};
    }

    private void canvas(Canvas c) {
        Consumer<Drawing> painter = VectorCanvas.painter(c).orElse(null);
        if (painter != null) {
            d.save();
            d.clip(PathData.rect(0, 0, c.getWidth(), c.getHeight()));
            painter.accept(d);
            d.restore();
            return;
        }
        if (c.getWidth() < 1 || c.getHeight() < 1) {
            return;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        d.image(c.snapshot(params, null), 0, 0, c.getWidth(), c.getHeight());
    }

    private void image(ImageView v) {
        Image img = v.getImage();
        if (img == null) {
            return;
        }
        Bounds b = v.getLayoutBounds();
        d.image(img, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
