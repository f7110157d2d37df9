package io.lockstep.share;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One view of Lockstep as a user saved it to share: the scenario's text (and where it came from, so
 * its relative {@code use}s resolve), the release and switch values it ran under, the thread choices
 * of the run, the step shown, the theme, and a fingerprint of the bundled kernel model it used, so
 * that a changed model is noticed instead of silently giving another run.
 *
 * <p>{@code release} is null for the file's own; {@code switches} holds only the values set from
 * outside the file; {@code modelFingerprint} is null when the scenario uses no bundled model.
 */
public record SavedView(String scenarioName, String scenarioFolder, String scenarioText, String release,
        Map<String, Boolean> switches, List<Integer> schedule, int step, String theme, String modelRelease,
        String modelFingerprint) {

    /** The format's name and version, written first; a file without it is not a saved view. */
    public static final String FORMAT = "lockstep-view/1";

    /** The file name extension of saved views. */
    public static final String EXTENSION = ".lkview";

    public SavedView {
        switches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(switches));
        schedule = List.copyOf(schedule);
        if (step < 0 || step > schedule.size()) {
            throw new IllegalArgumentException("step " + step + " outside the schedule of " + schedule.size() + " steps");
        }
    }
}
