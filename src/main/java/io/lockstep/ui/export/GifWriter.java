package io.lockstep.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame (Java's own ImageIO, no new dependency), so that a whole
 * schedule never has to sit in memory: each frame is shown {@code delayMs}, and the animation
 * loops. The file is written beside the target under a temporary name and moved into place at the end.
 */
final class GifWriter implements FrameSink {
    private final Path out;
    private final Path temp;
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentis;
    private int frames;

    GifWriter(Path out, int delayMs) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer is available in this Java");
        }
        writer = writers.next();
        this.out = out;
        temp = AtomicFile.temp(out); // the frames go here; the finished file is moved into place
        stream = ImageIO.createImageOutputStream(temp.toFile());
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
        delayCentis = Math.max(1, delayMs / 10);
    }

    @Override
    public void add(Image frame) throws IOException {
        BufferedImage argb = SwingFXUtils.fromFXImage(frame, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(argb, 0, 0, null);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), null);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentis));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // loop for ever
            apps.appendChild(loop);
        }
        metadata.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(rgb, null, metadata), null);
        frames++;
    }

    @Override
    public int frames() {
        return frames;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.close();
            AtomicFile.move(temp, out);
        } finally {
            discard();
        }
    }

    @Override
    public void discard() {
        try {
            stream.close();
            writer.dispose();
        } catch (IOException | RuntimeException e) {
            // closing a writer that failed or was cut short: the file goes anyway, below
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a temporary file left in a folder the user chose; it is hidden (its name starts with a dot)
            }
        }
    }
}
