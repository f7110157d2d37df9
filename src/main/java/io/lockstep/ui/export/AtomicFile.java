package io.lockstep.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's atomic write ({@link io.lockstep.share.AtomicFile}) for exports, which also make
 * the output's folder when it is missing (a slide deck's {@code out/} on a fresh checkout).
 */
final class AtomicFile {
    private AtomicFile() {}

    static void writeString(Path target, String text) throws IOException {
        io.lockstep.share.AtomicFile.writeString(withFolder(target), text);
    }

    static void write(Path target, io.lockstep.share.AtomicFile.Writer writer) throws IOException {
        io.lockstep.share.AtomicFile.write(withFolder(target), writer);
    }

    static Path temp(Path target) throws IOException {
        return io.lockstep.share.AtomicFile.temp(withFolder(target));
    }

    static void move(Path temp, Path target) throws IOException {
        io.lockstep.share.AtomicFile.move(temp, target);
    }

    private static Path withFolder(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        return target;
    }
}
