package io.lockstep.ui.vm;

import io.lockstep.tour.TourLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guided tours the build copies into the jar ({@code /io/lockstep/samples/tours/}), for the
 * Tours menu. A bundled tour names its scenario as {@code ../NAME.lks}; it is found among the
 * bundled samples. When {@code samples/tours/} is under the working directory (a checkout), the
 * files there are opened instead, so their scenarios are files the editor can save to.
 */
public final class BundledTours {
    private static final String FOLDER = "/io/lockstep/samples/tours/";
    /** The bundled tours in the order a talk would use them (the menu lists them so). */
    public static final List<String> NAMES = List.of("deadlock-2015.tour", "series-patch-by-patch.tour",
            "present-pages-lost-update.tour", "kernfs-active-reference.tour");

    private BundledTours() {}

    /** The bundled tours this build has, in {@link #NAMES} order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String n : NAMES) {
            if (BundledTours.class.getResource(FOLDER + n) != null || Files.isRegularFile(local(n))) {
                out.add(n);
            }
        }
        return out;
    }

    /** Loads and checks a bundled tour: the checkout's copy when there is one, else the jar's. */
    public static TourLoader.Result load(String name) {
        if (!NAMES.contains(name)) {
            return new TourLoader.Result(null, List.of(io.lockstep.lang.Diagnostic.ofCommandLine(name,
                    "no such bundled tour")));
        }
        if (Files.isRegularFile(local(name))) {
            return TourLoader.load(local(name));
        }
        String text;
        try (InputStream in = BundledTours.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return new TourLoader.Result(null, List.of(io.lockstep.lang.Diagnostic.ofCommandLine(name,
                        "this build has no such tour")));
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new TourLoader.Result(null, List.of(io.lockstep.lang.Diagnostic.ofCommandLine(name,
                    "cannot read the bundled tour: " + e.getMessage())));
        }
        return TourLoader.loadText("samples/tours/" + name, text, BundledTours::bundledScenario);
    }

    private static Optional<TourLoader.ScenarioText> bundledScenario(String relative) {
        String file = String.valueOf(Path.of(relative).getFileName());
        return BundledSamples.open(file).map(s -> new TourLoader.ScenarioText(s.displayName(), s.text(), null));
    }

    private static Path local(String name) {
        return Path.of("samples", "tours", name);
    }
}
