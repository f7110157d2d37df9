package io.lockstep.tour;

import io.lockstep.lang.Diagnostic;
import io.lockstep.lang.SourceFiles;
import io.lockstep.lang.TourParser;
import io.lockstep.model.Tour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a tour and the scenario it names, then checks one against the other. A tour on disk finds
 * its scenario relative to its own folder; a bundled tour finds it among the bundled samples (the
 * caller says how). Every problem comes back as a positioned diagnostic, never as an exception.
 */
public final class TourLoader {
    /** The checked tour, or (null and) why not. */
    public record Result(CheckedTour tour, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return tour != null;
        }

        /** Every diagnostic, formatted with its line and caret, one after another. */
        public String report() {
            StringBuilder sb = new StringBuilder();
            diagnostics.forEach(d -> sb.append(d.format()).append('\n'));
            return sb.toString();
        }
    }

    /** A scenario's text as a tour finds it: its display name, text and folder (null when bundled). */
    public record ScenarioText(String name, String text, Path folder) {}

    private TourLoader() {}

    /** A tour file on disk; its scenario is read relative to the tour's folder. */
    public static Result load(Path tourFile) {
        String text;
        try {
            text = SourceFiles.read(tourFile);
        } catch (IOException | RuntimeException e) {
            return new Result(null, List.of(Diagnostic.ofCommandLine(tourFile.toString(), "cannot read the tour: "
                    + e.getMessage())));
        }
        Path folder = tourFile.toAbsolutePath().getParent();
        return loadText(tourFile.toString(), text, rel -> {
            Path file = folder.resolve(rel).normalize();
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new ScenarioText(Path.of("").toAbsolutePath().relativize(file).toString(),
                        SourceFiles.read(file), file.getParent()));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** A tour's text; {@code scenarios} finds the scenario the tour names (as written), or nothing. */
    public static Result loadText(String file, String text, Function<String, Optional<ScenarioText>> scenarios) {
        TourParser.Result parsed = TourParser.parse(file, text);
        if (!parsed.ok()) {
            return new Result(null, parsed.diagnostics());
        }
        Tour tour = parsed.tour();
        java.util.Map<String, ScenarioText> found = new java.util.HashMap<>();
        List<Tour.Named> named = new java.util.ArrayList<>(List.of(tour.scenario()));
        tour.chapters().stream().map(Tour.Chapter::scenario).filter(java.util.Objects::nonNull).forEach(named::add);
        for (Tour.Named name : named) {
            if (found.containsKey(name.text())) {
                continue;
            }
            Optional<ScenarioText> scenario;
            try {
                scenario = scenarios.apply(name.text());
            } catch (RuntimeException e) {
                scenario = Optional.empty(); // an odd path (a NUL, a bad name): the same as a missing file
            }
            if (scenario.isEmpty()) {
                return new Result(null, List.of(TourParser.errorAt(text, name.pos(), "cannot find the scenario \""
                        + name.text() + "\" (it is read relative to the tour's folder)")));
            }
            found.put(name.text(), scenario.get());
        }
        return TourCheck.check(file, text, tour, found);
    }
}
