package io.lockstep.ui.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The samples the build copies into the jar ({@code /io/lockstep/samples/}), so the window can open
 * the headline sample and offer the others from any working directory.
 */
public final class BundledSamples {
    public static final String HEADLINE = "v40-hotadd-vs-udev-deadlock.lks";
    private static final String FOLDER = "/io/lockstep/samples/";

    private BundledSamples() {}

    /** A bundled sample's text, or empty when the jar has no such sample. */
    public static Optional<ScenarioSource> open(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+\\.lks")) {
            return Optional.empty(); // never turn arbitrary text into a resource path
        }
        try (InputStream in = BundledSamples.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(ScenarioSource.unsaved("samples/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled sample " + name, e);
        }
    }

    /**
     * The headline sample: {@code samples/…} under the working directory when it is there (so it can be
     * edited and saved in place), else the copy bundled in the jar. {@code workingDir} is usually
     * {@code Path.of("")}, which keeps the name short and relative.
     */
    public static ScenarioSource headline(Path workingDir) throws IOException {
        Path local = workingDir.resolve("samples").resolve(HEADLINE);
        if (Files.isRegularFile(local)) {
            return ScenarioSource.read(local);
        }
        return open(HEADLINE).orElseThrow(() -> new IOException("the headline sample is missing from this build"));
    }

    /** The names of every bundled sample, sorted. */
    public static List<String> names() {
        URL url = BundledSamples.class.getResource(FOLDER + HEADLINE);
        if (url == null) {
            return List.of();
        }
        try {
            URI folder = url.toURI().resolve(".");
            if ("jar".equals(folder.getScheme())) {
                return namesInJar(url.toURI());
            }
            return list(Path.of(folder));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of(HEADLINE); // a listing problem must not cost the user the headline sample
        }
    }

    private static List<String> namesInJar(URI sample) throws IOException {
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(sample, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(sample);
        }
        return list(fs.getPath(FOLDER));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lks")).sorted().toList();
        }
    }
}
