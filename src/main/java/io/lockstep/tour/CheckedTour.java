package io.lockstep.tour;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tour checked against its scenario and ready to play: every chapter's schedule worked out (a
 * finding kind resolved to its shortest schedule), every name resolved to what the window shows.
 * Plain data: the window plays it, a test walks it.
 */
public record CheckedTour(String title, String file, String release, List<Chapter> chapters) {
    public CheckedTour {
        chapters = List.copyOf(chapters);
    }

    /** The scenario's text and where it came from ({@code folder} is null for a bundled sample). */
    public record Scenario(String name, String text, Path folder) {}

    /** The chapter's scenario, switch values, the thread numbers of the schedule, and the stops. */
    public record Chapter(String title, Scenario scenario, Map<String, Boolean> switches, List<Integer> schedule, String scheduleText,
            List<Stop> stops) {
        public Chapter {
            switches = Map.copyOf(switches);
            schedule = List.copyOf(schedule);
            stops = List.copyOf(stops);
        }
    }

    /** A stop: shown at {@code step} of its chapter's schedule. */
    public record Stop(int step, String caption, Highlights highlights, Question question) {}

    /**
     * What a stop points at: lanes by lock instance or class name, edges as {@code "A->B"} (the
     * graph's keys), block numbers, thread numbers.
     */
    public record Highlights(Set<String> lanes, Set<String> edges, Set<Integer> blocks, Set<Integer> threads) {
        public static final Highlights NONE = new Highlights(Set.of(), Set.of(), Set.of(), Set.of());

        public Highlights {
            lanes = Set.copyOf(lanes);
            edges = Set.copyOf(edges);
            blocks = Set.copyOf(blocks);
            threads = Set.copyOf(threads);
        }

        public boolean isEmpty() {
            return lanes.isEmpty() && edges.isEmpty() && blocks.isEmpty() && threads.isEmpty();
        }
    }

    /** The audience answers by choosing thread {@code answer} (its number; {@code answerName} its label). */
    public record Question(String text, int answer, String answerName, String right, String wrong) {}

    /** How many stops the tour has in all. */
    public int stopCount() {
        return chapters.stream().mapToInt(c -> c.stops().size()).sum();
    }
}
