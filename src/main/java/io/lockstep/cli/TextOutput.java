package io.lockstep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command's text goes: standard output, or a file written whole or not at all (a temporary
 * file in the same folder, so the move can be atomic, then moved over the target), so that an
 * interrupted export never leaves half a file where the last good one was.
 */
final class TextOutput {
    private TextOutput() {}

    /** What went wrong, in words: the exceptions' own messages are often only the path. */
    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Returns the exit code: 0 written, 1 the file could not be written (said on {@code err}). */
    static int write(String text, Path file, PrintWriter out, PrintWriter err) {
        if (file == null) {
            out.print(text);
            out.flush();
            return 0;
        }
        Path target = file.toAbsolutePath();
        try {
            if (Files.isDirectory(target)) {
                err.println("lockstep export: cannot write " + file + ": it is a folder");
                return 1;
            }
            io.lockstep.share.AtomicFile.writeString(target, text);
            err.println("lockstep export: wrote " + file);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("lockstep export: cannot write " + file + ": " + describe(e));
            return 1;
        }
    }
}
