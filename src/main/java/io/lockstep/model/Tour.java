package io.lockstep.model;

import java.util.List;
import java.util.Map;

/**
 * A guided tour as written in a {@code .tour} file, before it is checked against its scenario: the
 * scenario it plays, an optional release, and chapters of stops. Every part keeps its position so
 * that the check against the scenario can point at the line that is wrong.
 */
public record Tour(String title, Named scenario, Named release, List<Chapter> chapters) {
    public Tour {
        chapters = List.copyOf(chapters);
    }

    /** A name as written and where. */
    public record Named(String text, SourcePos pos) {}

    /**
     * A scenario of its own (null: the tour's), switch settings ({@code set patch3 = on}, in order,
     * with their positions) and a schedule: a finding kind ({@code deadlock}: the shortest schedule
     * that shows it) or a list of thread names.
     */
    public record Chapter(String title, SourcePos pos, Named scenario, Map<String, Boolean> switches, Map<String, SourcePos> switchPos,
            Named scheduleKind, List<Named> scheduleThreads, List<Stop> stops) {
        public Chapter {
            switches = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(switches));
            switchPos = Map.copyOf(switchPos);
            scheduleThreads = List.copyOf(scheduleThreads);
            stops = List.copyOf(stops);
        }
    }

    /** {@code at step N { caption ... highlight ... question ... }}; {@code question} may be null. */
    public record Stop(int step, SourcePos pos, String caption, List<Highlight> highlights, Question question) {
        public Stop {
            highlights = List.copyOf(highlights);
        }
    }

    /** What a stop points at on screen. */
    public sealed interface Highlight {
        SourcePos pos();
    }

    /** A lock's lane on the timeline: an instance ({@code device_lock[4]}) or a class (all its lanes). */
    public record Lane(String lock, SourcePos pos) implements Highlight {}

    /** A lock-order edge between two lock classes; {@code toPos} points at the second. */
    public record Edge(String from, String to, SourcePos pos, SourcePos toPos) implements Highlight {}

    /** A memory block of the map. */
    public record Block(int number, SourcePos pos) implements Highlight {}

    /** A thread's card. */
    public record Thread(String name, SourcePos pos) implements Highlight {}

    /** Asked at a stop: the audience answers by choosing the thread to step next. */
    public record Question(String text, SourcePos pos, Named answer, String right, String wrong) {}
}
