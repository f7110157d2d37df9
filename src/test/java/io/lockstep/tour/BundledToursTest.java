package io.lockstep.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every tour in samples/tours checks against its scenarios, and each is a story of a few minutes:
 * several chapters or stops, at least one question, every stop with a caption.
 */
class BundledToursTest {
    private static List<Path> tours() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples", "tours"))) {
            return files.filter(p -> p.toString().endsWith(".tour")).sorted().toList();
        }
    }

    @Test
    void everyBundledTourIsValid() throws IOException {
        List<Path> tours = tours();
        assertEquals(4, tours.size(), tours.toString());
        for (Path p : tours) {
            TourLoader.Result r = TourLoader.load(p);
            assertTrue(r.ok(), p + ":\n" + r.report());
            CheckedTour t = r.tour();
            assertTrue(t.stopCount() >= 6 && t.stopCount() <= 16, p + " has " + t.stopCount() + " stops");
            assertTrue(t.chapters().stream().flatMap(c -> c.stops().stream()).anyMatch(s -> s.question() != null),
                    p + " asks no question");
            t.chapters().forEach(c -> c.stops().forEach(s -> assertTrue(!s.caption().isBlank(), p + ": empty caption")));
        }
    }

    @Test
    void theWindowListsEveryTourInSamples() throws IOException {
        List<String> onDisk = tours().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(onDisk, io.lockstep.ui.vm.BundledTours.NAMES.stream().sorted().toList());
        for (String name : io.lockstep.ui.vm.BundledTours.names()) {
            assertTrue(io.lockstep.ui.vm.BundledTours.load(name).ok(), name);
        }
    }
}
