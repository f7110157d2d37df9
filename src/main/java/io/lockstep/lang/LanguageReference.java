package io.lockstep.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The language reference bundled in the jar ({@code /io/lockstep/docs/language.md}): the contract of
 * the {@code .lks} language, printed by {@code lockstep help language} and shown by the window's Help.
 */
public final class LanguageReference {
    /** The classpath resource; the README links to the same file in the source tree. */
    public static final String RESOURCE = "/io/lockstep/docs/language.md";

    private LanguageReference() {}

    /** The reference as Markdown. A build without it is broken, so that is an unchecked error. */
    public static String text() {
        try (InputStream stream = LanguageReference.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("the language reference " + RESOURCE + " is missing from this build");
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language reference " + RESOURCE, e);
        }
    }
}
