package io.lockstep.lang;

import io.lockstep.model.LimitProblem;
import io.lockstep.model.Scenario;
import io.lockstep.model.SourcePos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a scenario: parses the file and everything it uses, merges the declarations, validates them.
 * It never throws on bad input; every problem becomes a {@link Diagnostic}. The engine's capacity
 * (threads, lock instances, state width) is a separate check the caller passes in, because the
 * language does not know the engine: {@code ScenarioLoader.loadChecked(file, release, Capacity::check)}.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    /** Finds what a valid scenario asks beyond the limits of whatever will run it; none by default. */
    public interface CapacityCheck extends Function<Scenario, List<LimitProblem>> {
        CapacityCheck NONE = s -> List.of();
    }

    /**
     * Loads a scenario file, resolves every {@code use}, validates. {@code releaseOverride}: null, or a
     * bundled release name that replaces the bundled kernel model the file uses. Positions in the
     * scenario file carry {@code file.toString()}.
     */
    public static Loaded load(Path file, String releaseOverride) {
        return load(file, releaseOverride, Releases::text, CapacityCheck.NONE);
    }

    /** {@link #load(Path, String)}, then {@code capacity} on the valid scenario; its problems are errors. */
    public static Loaded loadChecked(Path file, String releaseOverride, CapacityCheck capacity) {
        return load(file, releaseOverride, Releases::text, capacity);
    }

    /**
     * The same, from text being edited. {@code displayName} is used in positions; {@code baseDir}
     * resolves relative uses and may be null (then a relative use is an error).
     */
    public static Loaded loadText(String displayName, String text, Path baseDir, String releaseOverride) {
        return loadText(displayName, text, baseDir, releaseOverride, Releases::text, CapacityCheck.NONE);
    }

    /** {@link #loadText(String, String, Path, String)}, then {@code capacity} on the valid scenario. */
    public static Loaded loadTextChecked(String displayName, String text, Path baseDir, String releaseOverride,
            CapacityCheck capacity) {
        return loadText(displayName, text, baseDir, releaseOverride, Releases::text, capacity);
    }

    /** {@link #load(Path, String)} with another source of bundled models (tests). */
    static Loaded load(Path file, String releaseOverride, Function<String, Optional<String>> bundledModels) {
        return load(file, releaseOverride, bundledModels, CapacityCheck.NONE);
    }

    static Loaded load(Path file, String releaseOverride, Function<String, Optional<String>> bundledModels,
            CapacityCheck capacity) {
        String display = String.valueOf(file);
        String text;
        try {
            text = SourceFiles.read(file);
        } catch (IOException | RuntimeException e) {
            // No line of the file is at fault, so no FILE:1:1 and no caret under an empty line.
            return new Loaded(null, List.of(Diagnostic.ofCommandLine(display, "cannot read it: " + describe(e))));
        }
        Path dir = file.toAbsolutePath().getParent();
        return run(display, text, dir, keyOf(file), releaseOverride, bundledModels, capacity);
    }

    /** {@link #loadText(String, String, Path, String)} with another source of bundled models (tests). */
    static Loaded loadText(String displayName, String text, Path baseDir, String releaseOverride,
            Function<String, Optional<String>> bundledModels) {
        return loadText(displayName, text, baseDir, releaseOverride, bundledModels, CapacityCheck.NONE);
    }

    static Loaded loadText(String displayName, String text, Path baseDir, String releaseOverride,
            Function<String, Optional<String>> bundledModels, CapacityCheck capacity) {
        String display = displayName == null || displayName.isEmpty() ? "<text>" : displayName;
        String key = "text:" + display;
        if (baseDir != null) {
            try {
                key = keyOf(baseDir.resolve(Path.of(display).getFileName()));
            } catch (RuntimeException e) {
                // an odd display name cannot be a file in baseDir, so it cannot be used back either
            }
        }
        return run(display, text == null ? "" : text, baseDir, key, releaseOverride, bundledModels, capacity);
    }

    private static Loaded run(String display, String text, Path dir, String key, String releaseOverride,
            Function<String, Optional<String>> bundledModels, CapacityCheck capacity) {
        DiagnosticSink sink = new DiagnosticSink();
        if (text.length() > LanguageLimits.MAX_FILE_BYTES) {
            sink.addSource(display, "");
            sink.error(new SourcePos(display, 1, 1), "this text has " + text.length() + " characters; a scenario may"
                    + " have at most " + LanguageLimits.MAX_FILE_BYTES + " (" + (LanguageLimits.MAX_FILE_BYTES >> 20)
                    + " MiB)");
            return new Loaded(null, sink.sorted());
        }
        try {
            ScenarioResolver.Resolution resolution =
                    new ScenarioResolver(sink, bundledModels, releaseOverride).resolve(display, text, dir, key);
            Merged merged = new DeclarationMerger(sink).merge(resolution);
            Validator.validate(merged, sink);
            if (!sink.hasErrors()) {
                LimitsValidator.check(resolution, merged, sink);
            }
            Scenario scenario = sink.hasErrors() ? null : merged.toScenario();
            if (scenario != null) {
                for (LimitProblem p : capacity.apply(scenario)) {
                    sink.error(p.pos(), p.message());
                }
                scenario = sink.hasErrors() ? null : scenario;
            }
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
