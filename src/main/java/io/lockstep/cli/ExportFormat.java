package io.lockstep.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * What {@code lockstep export} writes. One format now; an enum rather than a flag so that another
 * (Promela is next) is one more constant and one more writer, and an unknown name lists them all.
 */
enum ExportFormat {
    CHROME_TRACE("chrome-trace");

    final String word;

    ExportFormat(String word) {
        this.word = word;
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
