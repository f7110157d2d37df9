package io.lockstep.cli;

import io.lockstep.explore.SearchOptions;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --engine} and {@code --threads}: how a command's explorations search (never what they find). */
final class SearchMixin {
    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "auto", converter = EngineName.class,
            completionCandidates = EngineNames.class,
            description = "The explorer: auto (the default: full when the space has at most 20,000 states, else"
                    + " reduced), reduced (a partial-order reduced search, then each finding's shortest schedule"
                    + " from a breadth-first search only as deep as it), full (every state) or baseline (the"
                    + " one-threaded explorer with full state storage, kept for comparison). All report the same"
                    + " verdicts, findings and schedules; reduced counts fewer states.")
    SearchOptions.Engine engine = SearchOptions.Engine.AUTO;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Exploring threads (default: 0, one per core). The report is the same for every N.")
    int threads;

    /** The options, or null (after a message on {@code err}) when --threads is negative. */
    SearchOptions options(String command, java.io.PrintWriter err) {
        if (threads < 0 || threads > 1024) {
            err.println("lockstep " + command + ": --threads must be 0 (one per core) to 1024");
            return null;
        }
        return new SearchOptions(engine, threads);
    }

    /** The engine names in lower case; any case is accepted. */
    static final class EngineName implements ITypeConverter<SearchOptions.Engine> {
        @Override
        public SearchOptions.Engine convert(String value) {
            for (SearchOptions.Engine e : SearchOptions.Engine.values()) {
                if (e.name().equalsIgnoreCase(value)) {
                    return e;
                }
            }
            throw new TypeConversionException("unknown engine '" + value + "': auto, reduced, full or baseline");
        }
    }

    /** The engine names, for the shell completion. */
    static final class EngineNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.stream.Stream.of(SearchOptions.Engine.values())
                    .map(e -> e.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
