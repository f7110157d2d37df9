package io.lockstep.ui;

import io.lockstep.lang.Diagnostic;
import io.lockstep.tour.TourLoader;
import io.lockstep.ui.vm.BundledTours;
import io.lockstep.ui.vm.SessionViewModel;
import java.io.File;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * What the Tours menu does: check a bundled tour or a chosen {@code .tour} file against its
 * scenarios (off the FX thread: each chapter is explored, about a second), then play it, or show
 * its positioned errors instead of playing.
 */
final class TourOpener {
    private final Stage stage;
    private final SessionViewModel session;
    /** Asks before unsaved edits are dropped (a tour opens its own scenario). */
    private final BooleanSupplier mayReplace;

    TourOpener(Stage stage, SessionViewModel session, BooleanSupplier mayReplace) {
        this.stage = stage;
        this.session = session;
        this.mayReplace = mayReplace;
    }

    void openBundled(String name) {
        checkThenPlay(name, () -> BundledTours.load(name));
    }

    void openFile() {
        FileChooser chooser = FileChoosers.startingIn(
                FileChoosers.of("Open a guided tour", "Lockstep tours (*.tour)", "*.tour"), "samples/tours");
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            checkThenPlay(file.getName(), () -> TourLoader.load(file.toPath()));
        }
    }

    void play(TourLoader.Result loaded) {
        if (!loaded.ok()) {
            TourErrors.show(stage, loaded.report());
            session.say("The tour has errors and does not play: " + loaded.diagnostics().get(0).message());
            return;
        }
        if (mayReplace.getAsBoolean()) {
            session.tour().start(loaded.tour());
        }
    }

    private void checkThenPlay(String name, Supplier<TourLoader.Result> check) {
        session.say("Checking the tour " + name + " against its scenarios…");
        Thread t = new Thread(() -> {
            TourLoader.Result r;
            try {
                r = check.get();
            } catch (RuntimeException | StackOverflowError e) { // a message, never a silent thread death
                r = new TourLoader.Result(null, List.of(Diagnostic.ofCommandLine(name,
                        "cannot check this tour (" + e + "); please report it")));
            }
            TourLoader.Result result = r;
            Platform.runLater(() -> play(result));
        }, "tour-check");
        t.setDaemon(true);
        t.start();
    }
}
