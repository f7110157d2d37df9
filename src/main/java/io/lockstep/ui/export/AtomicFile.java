package io.lockstep.ui.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a binary file so that the target is either the old file or the whole new one, never
 * half of one (as {@code AtomicSave} does for text): the writer fills a temporary file in the
 * same folder, which then replaces the target. A failed writer leaves the old file alone.
 */
final class AtomicFile {
    interface Writer {
        void write(Path temp) throws IOException;
    }

    private AtomicFile() {}

    static void writeString(Path target, String text) throws IOException {
        write(target, temp -> Files.writeString(temp, text, java.nio.charset.StandardCharsets.UTF_8));
    }

    static void write(Path target, Writer writer) throws IOException {
        Path temp = temp(target);
        try {
            writer.write(temp);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file beside {@code target} (its folder created if needed), with the same extension. */
    static Path temp(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Files.createTempFile(folder, "." + (dot > 0 ? name.substring(0, dot) : name) + "-",
                dot > 0 ? name.substring(dot) : ".tmp");
    }

    static void move(Path temp, Path target) throws IOException {
        readable(temp, target);
        try {
            Files.move(temp, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares) cannot rename atomically; a plain replace still
            // never leaves a half-written target.
            Files.move(temp, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A temporary file is made readable by its owner only; a picture for slides should open as any
     * file the user writes does: the old file's permissions if there was one, else rw-r--r--.
     */
    private static void readable(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }
}
