package io.lockstep.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.event.Finding;
import io.lockstep.ui.export.Capture;
import io.lockstep.ui.export.Exporter;
import io.lockstep.ui.screenshot.ScreenshotTaker;
import io.lockstep.ui.view.LockGraphView;
import io.lockstep.ui.view.LockTimelineView;
import io.lockstep.ui.view.MemoryMapView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xml.sax.InputSource;

/**
 * Exports of the window at the v4.0 deadlock: the SVG is well-formed XML and, rasterised by Batik,
 * the same picture as the PNG of the same drawing calls; an animation has a frame per step.
 */
class ExportWindowTest extends WindowFixture {
    /** Colour channels may differ this much where the two rasterisers smooth edges and glyphs differently. */
    private static final int TOLERANCE = 48;

    @Override
    protected String sample() {
        return "v40-hotadd-vs-udev-deadlock.lks";
    }

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    private void toTheDeadlock() {
        waitForVerdicts();
        WaitForAsyncUtils.asyncFx(() -> session.find(Finding.Kind.DEADLOCK));
        waitUntil("the deadlock schedule is loaded", () -> !run.isBusy() && run.recordedStepsProperty().get() == 26);
        WaitForAsyncUtils.asyncFx(run::end);
        waitForStep(26);
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS); // the fades settle, as a screenshot waits
    }

    @Test
    void theSvgOfTheWindowIsWellFormedAndRastersToThePngWithinTwoPercent() throws Exception {
        toTheDeadlock();
        for (Node node : fx(() -> java.util.List.<Node>of(window.scene().getRoot(), find(LockGraphView.class),
                find(LockTimelineView.class), find(MemoryMapView.class)))) {
            String svg = fx(() -> Exporter.svg(node));
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))); // throws if not well-formed
            String again = fx(() -> Exporter.svg(node));
            if (!again.equals(svg)) {
                Path dir = Files.createDirectories(Path.of("target", "export-test"));
                Files.writeString(dir.resolve("first.svg"), svg);
                Files.writeString(dir.resolve("second.svg"), again);
            }
            assertTrue(again.equals(svg), "the same view gives the same bytes (see target/export-test/*.svg)");
            BufferedImage png = SwingFXUtils.fromFXImage(fx(() -> Exporter.raster(node)), null);
            BufferedImage fromSvg = rasterise(svg);
            String name = node.getClass().getSimpleName();
            dump(name, png, fromSvg);
            double differing = differing(png, fromSvg);
            assertTrue(differing < 0.02, name + ": " + String.format("%.2f%%", differing * 100)
                    + " of the pixels differ between the PNG and the rasterised SVG");
        }
    }

    @Test
    void aGifOfTheScheduleHasAFramePerStepAndOneForStepZero(@TempDir Path dir) throws Exception {
        waitForVerdicts();
        Path out = dir.resolve("run.gif");
        AtomicInteger code = new AtomicInteger(-1);
        WaitForAsyncUtils.asyncFx(() -> new ScreenshotTaker(Capture.drawn(() -> window.scene().getRoot()), session, out,
                null, Finding.Kind.DEADLOCK, code::set, System.err).start());
        waitUntil("the GIF is written", () -> code.get() >= 0);
        assertEquals(0, code.get());
        int steps = fx(() -> run.recordedStepsProperty().get());
        assertEquals(26, steps);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(steps + 1, reader.getNumImages(true));
            assertEquals(1280, reader.getWidth(0));
        }
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left beside the GIF");
        }
    }

    @Test
    void fileExportWritesAStillAtOnceAndAnAnimationWithProgressThenShowsTheStepAgain(FxRobot robot, @TempDir Path dir)
            throws Exception {
        toTheDeadlock();
        Path svg = dir.resolve("window.svg");
        WaitForAsyncUtils.asyncFx(() -> window.exportTo(svg)).get();
        assertTrue(Files.readString(svg).contains("<text"), "text as text");
        assertTrue(fx(() -> session.statusProperty().get()).startsWith("Exported the window at this step to "));
        WaitForAsyncUtils.asyncFx(() -> run.seek(20)).get();
        waitForStep(20);
        Path gif = dir.resolve("run.gif");
        WaitForAsyncUtils.asyncFx(() -> window.exportTo(gif)).get();
        assertTrue(fx(() -> robot.lookup("#export-progress").tryQuery().isPresent()), "a progress bar is shown");
        waitUntil("the animation is written", () -> fx(() -> session.statusProperty().get()).startsWith("Exported steps"));
        waitForStep(20);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(27, reader.getNumImages(true));
        }
        assertTrue(fx(() -> robot.lookup("#export-progress").tryQuery().isEmpty()), "the progress window is closed");
    }

    @Test
    void cancellingAnAnimatedExportLeavesNoFile(FxRobot robot, @TempDir Path dir) throws Exception {
        toTheDeadlock();
        Path gif = dir.resolve("run.gif");
        WaitForAsyncUtils.asyncFx(() -> window.exportTo(gif)).get();
        // Pressed on the FX thread: a lookup from the test thread walks the window list while the FX
        // thread may be changing it (the progress window opening), which TestFX does not guard.
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ButtonBase) robot.lookup("#export-cancel").query()).fire())
                .get();
        waitUntil("the export is cancelled", () -> fx(() -> session.statusProperty().get()).contains("cancelled"));
        waitForStep(26);
        waitUntil("nothing written, no temporary file left (the encoder thread discards it)", () -> {
            try (var left = Files.list(dir)) {
                return left.count() == 0;
            }
        });
    }

    private Node find(Class<? extends Node> type) {
        return window.scene().getRoot().lookupAll("*").stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    private static BufferedImage rasterise(String svg) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PNGTranscoder().transcode(new TranscoderInput(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))),
                new TranscoderOutput(png));
        return ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    }

    /** The share of pixels where some colour channel differs by more than the tolerance (sizes must agree). */
    static double differing(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth(), "width");
        assertEquals(a.getHeight(), b.getHeight(), "height");
        long differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > TOLERANCE) {
                        differ++;
                        break;
                    }
                }
            }
        }
        return differ / (double) (a.getWidth() * a.getHeight());
    }

    /** For a person to look at when the comparison fails: target/export-test/. */
    private static void dump(String name, BufferedImage png, BufferedImage fromSvg) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "export-test"));
        ImageIO.write(png, "png", dir.resolve(name + "-canvas.png").toFile());
        ImageIO.write(fromSvg, "png", dir.resolve(name + "-svg.png").toFile());
    }
}
