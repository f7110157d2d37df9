package io.lockstep.share;

import io.lockstep.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Makes the saved form of a view from what is on screen. */
public final class ViewCapture {
    private ViewCapture() {}

    /**
     * {@code file}: the scenario's file (null for unsaved text, then {@code name} stands for it);
     * {@code release} and {@code switches}: what the view runs under beyond the file's own.
     */
    public static SavedView of(String name, Path file, String text, String release, Map<String, Boolean> switches,
            Scenario running, List<Integer> schedule, int step, String theme) {
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        String model = running.release();
        return new SavedView(file == null ? name : file.getFileName().toString(), folder == null ? null : folder.toString(),
                text, release, switches, schedule, Math.min(step, schedule.size()), theme, model,
                ModelFingerprint.of(model));
    }
}
