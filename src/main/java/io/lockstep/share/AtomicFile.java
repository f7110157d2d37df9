package io.lockstep.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that the target is always either the old file or the whole new one, never half
 * of each: the content goes to a temporary file in the same folder (same file system, so the move
 * can be atomic), which then replaces the target. A failed write leaves the old file alone. The one
 * way the project writes what a user saves or exports: scenarios, saved views, exports, imports.
 */
public final class AtomicFile {
    /** Fills the temporary file. */
    public interface Writer {
        void write(Path temp) throws IOException;
    }

    private AtomicFile() {}

    public static void writeString(Path target, String text) throws IOException {
        write(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path temp = temp(target);
        try {
            writer.write(temp);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file beside {@code target}, with the same extension (a tool that reads it by name sees its kind). */
    public static Path temp(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Files.createTempFile(absolute.getParent(), "." + (dot > 0 ? name.substring(0, dot) : name) + "-",
                dot > 0 ? name.substring(dot) : ".tmp");
    }

    /** Moves a filled temporary file over {@code target}. */
    public static void move(Path temp, Path target) throws IOException {
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
     * A temporary file is made readable by its owner only; what the user saves should open as any
     * file they write does: the old file's permissions if there was one, else rw-r--r--.
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
