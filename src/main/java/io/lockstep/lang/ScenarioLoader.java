package io.lockstep.lang;

import io.lockstep.model.Scenario;
import io.lockstep.model.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a scenario: parses the file and everything it uses, merges the declarations, validates them.
 * It never throws on bad input; every problem becomes a {@link Diagnostic}.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    /**
     * Loads a scenario file, resolves every {@code use}, validates. {@code releaseOverride}: null, or a
     * bundled release name that replaces the bundled kernel model the file uses. Positions in the
     * scenario file carry {@code file.toString()}.
     */
    public static Loaded load(Path file, String releaseOverride) {
        return load(file, releaseOverride, Releases::text);
    }

    /**
     * The same, from text being edited. {@code displayName} is used in positions; {@code baseDir}
     * resolves relative uses and may be null (then a relative use is an error).
     */
    public static Loaded loadText(String displayName, String text, Path baseDir, String releaseOverride) {
        return loadText(displayName, text, baseDir, releaseOverride, Releases::text);
    }

    /** {@link #load(Path, String)} with another source of bundled models (tests). */
    static Loaded load(Path file, String releaseOverride, Function<String, Optional<String>> bundledModels) {
        String display = String.valueOf(file);
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            DiagnosticSink sink = new DiagnosticSink();
            sink.addSource(display, "");
            sink.error(new SourcePos(display, 1, 1), "cannot read " + display + ": " + describe(e));
            return new Loaded(null, sink.sorted());
        }
        Path dir = file.toAbsolutePath().getParent();
        return run(display, text, dir, keyOf(file), releaseOverride, bundledModels);
    }

    /** {@link #loadText(String, String, Path, String)} with another source of bundled models (tests). */
    static Loaded loadText(String displayName, String text, Path baseDir, String releaseOverride,
            Function<String, Optional<String>> bundledModels) {
        String display = displayName == null || displayName.isEmpty() ? "<text>" : displayName;
        String key = "text:" + display;
        if (baseDir != null) {
            try {
                key = keyOf(baseDir.resolve(Path.of(display).getFileName()));
            } catch (RuntimeException e) {
                // an odd display name cannot be a file in baseDir, so it cannot be used back either
            }
        }
        return run(display, text == null ? "" : text, baseDir, key, releaseOverride, bundledModels);
    }

    private static Loaded run(String display, String text, Path dir, String key, String releaseOverride,
            Function<String, Optional<String>> bundledModels) {
        DiagnosticSink sink = new DiagnosticSink();
        try {
            ScenarioResolver.Resolution resolution =
                    new ScenarioResolver(sink, bundledModels, releaseOverride).resolve(display, text, dir, key);
            Merged merged = new DeclarationMerger(sink).merge(resolution);
            Validator.validate(merged, sink);
            Scenario scenario = sink.hasErrors() ? null : merged.toScenario();
            return new Loaded(scenario, sink.sorted());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours must still reach the user as a diagnostic, not as a crash of the window.
            sink.addSource(display, text);
            sink.error(new SourcePos(display, 1, 1), "internal error while loading this scenario: " + describe(e)
                    + "; please report it");
            return new Loaded(null, sink.sorted());
        }
    }

    /** The identity of a file for cycle detection: its real path when it exists. */
    private static String keyOf(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize().toString();
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
