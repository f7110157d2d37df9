package io.lockstep.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;

/**
 * An MP4 or WebM of the whole run: every frame is written as a PNG into a temporary folder, then
 * ffmpeg (where it is installed; nothing is bundled) encodes them at one frame per
 * {@code delayMs}. The folder is removed afterwards whatever happens.
 */
final class VideoWriter implements FrameSink {
    private final Path out;
    private final Path ffmpeg;
    private final Path frames;
    private final int delayMs;
    private int count;

    VideoWriter(Path out, Path ffmpeg, int delayMs) throws IOException {
        this.out = out.toAbsolutePath();
        this.ffmpeg = ffmpeg;
        this.delayMs = delayMs;
        this.frames = Files.createTempDirectory("lockstep-frames");
    }

    /** The ffmpeg on {@code path} (the PATH variable's value), if there is one. */
    public static Optional<Path> findFfmpeg(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "ffmpeg");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} asks for a video (by its extension). */
    static boolean isVideo(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".mp4") || lower.endsWith(".webm");
    }

    @Override
    public void add(Image frame) throws IOException {
        if (!javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(frame, null), "png",
                frames.resolve(String.format(Locale.ROOT, "frame%05d.png", count)).toFile())) {
            throw new IOException("no PNG writer is available in this Java");
        }
        count++;
    }

    @Override
    public void discard() {
        try {
            removeFrames();
        } catch (IOException e) {
            // a temporary folder the system cleans up in time
        }
    }

    private void removeFrames() throws IOException {
        try (var files = Files.list(frames)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(frames);
    }

    @Override
    public int frames() {
        return count;
    }

    @Override
    public void close() throws IOException {
        try {
            boolean webm = out.toString().toLowerCase(Locale.ROOT).endsWith(".webm");
            String rate = String.format(Locale.ROOT, "%.4f", 1000.0 / delayMs);
            List<String> command = new java.util.ArrayList<>(List.of(ffmpeg.toString(), "-y", "-loglevel", "error",
                    "-framerate", rate, "-i", frames.resolve("frame%05d.png").toString(),
                    // even sizes (yuv420p needs them), and a frame rate players like
                    "-vf", "scale=trunc(iw/2)*2:trunc(ih/2)*2", "-r", "25"));
            command.addAll(webm ? List.of("-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "32")
                    : List.of("-c:v", "libx264", "-pix_fmt", "yuv420p"));
            Path temp = AtomicFile.temp(out); // ffmpeg writes beside the target; the whole file is moved into place
            command.add(temp.toString());
            // What ffmpeg says goes to a file, not a pipe: reading a pipe to its end would block on an
            // ffmpeg that hangs, and the timeout below would never be reached.
            Path log = frames.resolve("ffmpeg.log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("ffmpeg did not finish in 10 minutes");
            }
            String said = new String(Files.readAllBytes(log)); // lenient: ffmpeg may print any bytes
            if (p.exitValue() != 0) {
                Files.deleteIfExists(temp);
                throw new IOException("ffmpeg failed (exit " + p.exitValue() + "): " + said.strip());
            }
            AtomicFile.move(temp, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg encoded the video");
        } finally {
            removeFrames();
        }
    }
}
