package io.lockstep.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * What {@code lockstep export} writes: an enum rather than a flag so that another format is one
 * more constant and one more writer, and an unknown name lists them all. {@code runs} says whether
 * the format is one run (it then needs --schedule or --steps) or the whole scenario (Promela).
 */
enum ExportFormat {
    CHROME_TRACE("chrome-trace", true),
    PROMELA("promela", false);

    final String word;
    final boolean runs;

    ExportFormat(String word, boolean runs) {
        this.word = word;
        this.runs = runs;
    }

    static String words() {
        return Arrays.stream(values()).map(f -> f.word).collect(Collectors.joining(", "));
    }

    /** Reads {@code --format}: the format's word, case aside; anything else names the formats there are. */
    static final class Converter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat f : values()) {
                if (f.word.equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("unknown format '" + value + "'; the formats are " + words());
        }
    }
}
