package io.lockstep.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The kernel models bundled with Lockstep, one per release, as classpath resources. */
public final class Releases {
    public static final List<String> BUNDLED = List.of("v4.0", "v4.18", "v4.20", "v6.14");

    private Releases() {}

    /** The text of the bundled model {@code name}, from {@code /io/lockstep/models/<name>.lks}; empty if none. */
    public static Optional<String> text(String name) {
        if (!BUNDLED.contains(name)) {
            return Optional.empty(); // never turn a user's string into a resource path
        }
        try (InputStream stream = Releases.class.getResourceAsStream("/io/lockstep/models/" + name + ".lks")) {
            if (stream == null) {
                return Optional.empty();
            }
            return Optional.of(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled kernel model " + name, e);
        }
    }

    /** The file name that positions inside a bundled model carry, such as {@code v4.18.lks}. */
    static String fileName(String name) {
        return name + ".lks";
    }
}
