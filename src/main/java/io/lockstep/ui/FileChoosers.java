package io.lockstep.ui;

import io.lockstep.ui.vm.ScenarioSource;
import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;

/** The window's file dialogs, set up one way: a title, what files they take, where they start. */
final class FileChoosers {
    private FileChoosers() {}

    /** A chooser titled {@code title} for the files {@code patterns} match (such as "*.lks"). */
    static FileChooser of(String title, String description, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
        return chooser;
    }

    /** Opens in {@code folder} (relative to where Lockstep started) when there is one. */
    static FileChooser startingIn(FileChooser chooser, String folder) {
        File dir = new File(folder);
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir.getAbsoluteFile());
        }
        return chooser;
    }

    /** Suggests the scenario's own file name, with {@code extension} in place of ".lks". */
    static FileChooser named(FileChooser chooser, ScenarioSource source, String extension) {
        if (source != null) {
            String name = Path.of(source.shortName()).getFileName().toString();
            chooser.setInitialFileName(name.replaceFirst("\\.lks$", "") + extension);
        }
        return chooser;
    }
}
