package io.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The text of {@code lockstep check --no-timing} for a few samples, checked in beside them as
 * {@code NAME.check.txt}: a change in what the engine finds, or in how it reports it, shows up as
 * a diff. Regenerate with {@code mvn test -Dtest=GoldenOutputTest -Dgolden.update=true}.
 */
class GoldenOutputTest {

    @ParameterizedTest
    @ValueSource(strings = {"v40-hotadd-vs-udev-deadlock", "v418-online-attr-vs-probe-race",
        "v420-online-attr-vs-probe-fixed", "patch-drop-device-hotplug-lock"})
    void checkOutputMatchesTheGoldenFile(String sample) throws IOException {
        String actual = run("check", "--no-timing", "samples/" + sample + ".lks");
        Path golden = Path.of("samples", sample + ".check.txt");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual, "golden output of " + sample);
    }

    static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.execute(args);
        return out.toString();
    }
}
