package io.lockstep.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding ffmpeg on the PATH (or saying it is missing), and which names ask for a video. */
class VideoWriterTest {
    @TempDir
    Path dir;

    @Test
    void ffmpegIsFoundOnlyWhereAnExecutableOfThatNameIs() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        assertEquals(Optional.empty(), VideoWriter.findFfmpeg(bin.toString()));
        assertEquals(Optional.empty(), VideoWriter.findFfmpeg(""));
        assertEquals(Optional.empty(), VideoWriter.findFfmpeg(null));
        Path ffmpeg = Files.createFile(bin.resolve("ffmpeg"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertEquals(Optional.of(ffmpeg), VideoWriter.findFfmpeg(dir + File.pathSeparator + bin));
    }

    @Test
    void mp4AndWebmAreVideos() {
        assertTrue(VideoWriter.isVideo("talk.MP4") && VideoWriter.isVideo("talk.webm"));
        assertTrue(!VideoWriter.isVideo("talk.gif") && !VideoWriter.isVideo("talk.png"));
    }
}
