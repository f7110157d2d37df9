import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws src/main/dist/lockstep.png, the installers' icon: java src/main/dist/DrawIcon.java src/main/dist/lockstep.png */
public class DrawIcon {
    public static void main(String[] a) throws Exception {
        int n = 256;
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(0x1f2430));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // two locks, a lock-order cycle between them: the deadlock Lockstep finds
        Color red = new Color(0xd9354f), white = new Color(0xf4f6fa);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(red);
        g.draw(new QuadCurve2D.Double(92, 84, 128, 30, 164, 84));
        g.draw(new QuadCurve2D.Double(164, 172, 128, 226, 92, 172));
        arrow(g, 164, 84, 0.95);
        arrow(g, 92, 172, Math.PI + 0.95);
        lock(g, 58, 96, white);
        lock(g, 138, 96, white);
        g.dispose();
        ImageIO.write(img, "png", new File(a[0]));
    }

    static void arrow(Graphics2D g, double x, double y, double angle) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, 0); p.lineTo(-26, -14); p.lineTo(-20, 10); p.closePath();
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        t.rotate(angle);
        g.fill(t.createTransformedShape(p));
    }

    static void lock(Graphics2D g, int x, int y, Color c) {
        g.setColor(c);
        g.setStroke(new BasicStroke(11, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(x + 12, y - 4, 36, 44, 0, 180, Arc2D.OPEN));
        g.draw(new Line2D.Double(x + 12, y + 18, x + 12, y + 24));
        g.draw(new Line2D.Double(x + 48, y + 18, x + 48, y + 24));
        g.fill(new RoundRectangle2D.Double(x, y + 22, 60, 46, 12, 12));
        g.setColor(new Color(0x1f2430));
        g.fill(new Ellipse2D.Double(x + 24, y + 36, 12, 12));
        g.fill(new Rectangle2D.Double(x + 27.5, y + 44, 5, 12));
    }
}
