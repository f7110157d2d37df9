package io.lockstep.ui.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be written, in words: Java's file exceptions often carry only a path (and
 * here that of the temporary file, which the user never named), not the reason.
 */
public final class WriteProblem {
    private WriteProblem() {}

    public static String describe(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "cannot create a file there (no such folder, or one that takes no new files)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof IOException && e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT);
    }
}
