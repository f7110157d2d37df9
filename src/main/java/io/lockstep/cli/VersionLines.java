package io.lockstep.cli;

import io.lockstep.lang.Releases;
import io.lockstep.share.ModelFingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code lockstep --version}: the version Maven built, the Java runtime that runs it (so an installed
 * copy shows it uses its own bundled runtime), and each bundled kernel model with its fingerprint,
 * which is what a saved view records and a bug report needs.
 */
public final class VersionLines implements IVersionProvider {
    private static final String BUILD = "/io/lockstep/build.properties";

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("lockstep " + buildVersion()); // first: ExportCommand names the generator with it
        lines.add("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") at "
                + System.getProperty("java.home"));
        lines.add("bundled models:");
        for (String release : Releases.BUNDLED) {
            lines.add(String.format("  %-6s %s", release, ModelFingerprint.of(release)));
        }
        return lines.toArray(String[]::new);
    }

    /** The project version from the filtered build.properties; a build without it is a broken build. */
    static String buildVersion() {
        try (InputStream in = VersionLines.class.getResourceAsStream(BUILD)) {
            if (in == null) {
                throw new IllegalStateException(BUILD + " is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILD, e);
        }
    }
}
