package io.lockstep.ui.vm;

import io.lockstep.lang.Loaded;
import io.lockstep.lang.Releases;
import io.lockstep.lang.SwitchSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which kernel model a scenario runs under: a release that replaces the one the file uses (null: the
 * file's own) and switch values that override the file's {@code set} lines (empty: the file's own).
 * The window's Kernel switch, its patch switches and the compare view all change only this.
 */
public record ModelVariant(String release, Map<String, Boolean> switches) {
    public static final ModelVariant AS_WRITTEN = new ModelVariant(null, Map.of());

    public ModelVariant {
        switches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(switches));
    }

    public ModelVariant withRelease(String newRelease) {
        return new ModelVariant(newRelease, Map.of()); // another model: its own switches, at their defaults
    }

    public ModelVariant withSwitch(String name, boolean on) {
        Map<String, Boolean> next = new LinkedHashMap<>(switches);
        next.put(name, on);
        return new ModelVariant(release, next);
    }

    /**
     * Loads {@code source} under this variant. A switch the model lacks is an error (the caller keeps
     * the run on screen and says so); everything else is the loader's own diagnostics.
     */
    public Loaded load(ScenarioSource source) {
        return SwitchSettings.applyTo(source.load(release), switches, "the window's switches", source.shortName());
    }

    /**
     * Parses what {@code --compare} takes: a release ({@code v4.20}), switch settings
     * ({@code patch3=on}, comma-separated), or both ({@code v4.18,patch3=on}). Empty with the problem
     * in {@code problems} when it does not parse.
     */
    public static Optional<ModelVariant> parse(String spec, List<String> problems) {
        String release = null;
        List<String> sets = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (Releases.BUNDLED.contains(p)) {
                if (release != null) {
                    problems.add(spec + ": name one release, not " + release + " and " + p);
                    return Optional.empty();
                }
                release = p;
            } else if (p.contains("=")) {
                sets.add(p);
            } else {
                problems.add(spec + ": " + p + " is neither a bundled release (" + String.join(", ", Releases.BUNDLED)
                        + ") nor a switch setting such as patch3=on");
                return Optional.empty();
            }
        }
        Optional<Map<String, Boolean>> values = SwitchSettings.parse(sets, problems);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (release == null && values.get().isEmpty()) {
            problems.add("name a release (such as v4.20) or a switch setting (such as patch3=on)");
            return Optional.empty();
        }
        return Optional.of(new ModelVariant(release, values.get()));
    }

    /** "v4.20", "patch3=on", "v4.18 patch2=on patch3=on", or "as written". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (release != null) {
            parts.add(release);
        }
        switches.forEach((name, on) -> parts.add(name + "=" + (on ? "on" : "off")));
        return parts.isEmpty() ? "as written" : String.join(" ", parts);
    }
}
