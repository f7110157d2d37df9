package io.lockstep.lang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads scenario files, refusing what is not one before reading it: a FIFO would block the reader
 * forever and {@code /dev/zero} would fill the heap, so only a regular file of at most
 * {@link LanguageLimits#MAX_FILE_BYTES} is opened. The size is checked again while reading, in case
 * the file grows in between.
 */
public final class SourceFiles {
    private SourceFiles() {}

    /** Why a file was not read, said for a person (the caller adds the file's name and position). */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The file's text (UTF-8); {@link Refused} when it is missing, not a regular file, or too large. */
    public static String read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new Refused("no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused(Files.isDirectory(file) ? "it is a folder, not a scenario file"
                    : "it is not a regular file (a device, a FIFO or a socket); only regular .lks files are read");
        }
        long size = Files.size(file);
        if (size > LanguageLimits.MAX_FILE_BYTES) {
            throw new Refused(tooLarge(size + " bytes"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(LanguageLimits.MAX_FILE_BYTES + 1);
            if (bytes.length > LanguageLimits.MAX_FILE_BYTES) {
                throw new Refused(tooLarge("more than " + LanguageLimits.MAX_FILE_BYTES + " bytes"));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Refused("no such file");
        }
    }

    private static String tooLarge(String size) {
        return "it is " + size + "; a scenario file may have at most " + LanguageLimits.MAX_FILE_BYTES + " bytes ("
                + (LanguageLimits.MAX_FILE_BYTES >> 20) + " MiB)";
    }
}
