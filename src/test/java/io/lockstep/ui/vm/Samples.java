package io.lockstep.ui.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The project's samples, as the tests open them (the working directory of tests is the project). */
final class Samples {
    static final Path HEADLINE = Path.of("samples", BundledSamples.HEADLINE);
    static final Path RACE = Path.of("samples", "v418-online-attr-vs-probe-race.lks");

    private Samples() {}

    static ScenarioSource read(Path file) {
        try {
            return ScenarioSource.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
