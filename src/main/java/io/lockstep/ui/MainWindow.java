package io.lockstep.ui;

import io.lockstep.ui.panel.EditorPane;
import io.lockstep.ui.panel.HeaderBar;
import io.lockstep.ui.panel.NarrationLine;
import io.lockstep.ui.panel.PanelStyles;
import io.lockstep.ui.panel.ThreadsPanel;
import io.lockstep.ui.panel.TransportBar;
import io.lockstep.ui.panel.VerdictBar;
import io.lockstep.ui.view.ColorTheme;
import io.lockstep.ui.view.Theme;
import io.lockstep.ui.vm.BundledSamples;
import io.lockstep.ui.vm.ScenarioSource;
import io.lockstep.ui.vm.SessionViewModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window: header, verdict badges and narration on top; in the middle the memory map, the
 * lock-order graph and the threads side by side over the full-width lock timeline, with the editor
 * (when open) at the right; the transport and the status bar at the bottom. It builds the scene, binds the panels to
 * the session and carries out what needs the stage (dialogs, full screen, theme).
 */
public final class MainWindow implements HeaderBar.Actions {
    private final Stage stage;
    private final SessionViewModel session;
    private final Scene scene;
    private final TraceViews views = TraceViews.create();
    private final FrameLoop frames;
    private final SplitPane center = new SplitPane();
    private final EditorPane editor;
    private final HeaderBar header;
    private final ThreadsPanel threads;
    private final LanguageReferenceWindow reference;
    private final MatrixWindow matrixWindow;
    private final RulesWindow rulesWindow;
    private final TourHighlighter tourMarks;
    private final TourOpener tours;
    private final LockdepImportWindow lockdepImport;
    private final PresentationScreen screen;
    private ColorTheme palette = ColorTheme.LIGHT;

    public MainWindow(Stage stage, SessionViewModel session, double width, double height) {
        this.stage = stage;
        this.session = session;
        header = new HeaderBar(session, this);
        reference = new LanguageReferenceWindow(stage);
        matrixWindow = new MatrixWindow(stage, session.matrix());
        rulesWindow = new RulesWindow(stage, session);
        threads = new ThreadsPanel(session.run());
        editor = new EditorPane(session.editor());
        editor.setOnSave(this::save);
        editor.setOnSaveAs(this::saveAs);
        editor.setOnRevert(this::revert);
        threads.setOnPatchProc(editor::patchProc);

        tours = new TourOpener(stage, session, () -> confirmDiscard("play a tour"));
        lockdepImport = new LockdepImportWindow(stage, session, () -> confirmDiscard("open the imported scenario"), () -> {
            editor.textArea().moveTo(0); // the header says what was imported: show it, not where the caret was
            editor.textArea().requestFollowCaret();
        });
        tourMarks = new TourHighlighter(session.tour(), session.run(), views, threads);
        threads.setThreadChooser(t -> session.tour().answer(t) != io.lockstep.ui.vm.TourViewModel.Answer.NONE);
        SplitPane upper = new SplitPane(
                new ViewPane("Memory map", "blocks by zone; hover one for details", views.memoryMap(), tourMarks.wrapMap()),
                LockGraphPane.create(session, views.lockGraph()),
                threads);
        upper.setDividerPositions(0.22, 0.75);
        SplitPane.setResizableWithParent(threads, false);
        SplitPane viewsArea = new SplitPane(upper, new ViewPane("Lock timeline",
                "who holds and waits for each lock, step by step; click to jump, scroll to zoom", views.lockTimeline(),
                tourMarks.wrapTimeline()));
        viewsArea.setOrientation(Orientation.VERTICAL);
        viewsArea.setDividerPositions(0.6);
        center.getItems().add(viewsArea);
        session.editor().openProperty().addListener((obs, was, is) -> showEditor(is));

        VBox top = new VBox(header, new VerdictBar(session.verdicts()), new NarrationLine(session.run()),
                new io.lockstep.ui.panel.TourBar(session.tour()));
        VBox bottom = new VBox(new TransportBar(session.run()), new ExplorationStatusBar(session));
        BorderPane root = new BorderPane(center, top, null, bottom, null);
        root.getStyleClass().add("lk-window");
        screen = new PresentationScreen(session, root);
        scene = new Scene(screen.node(), width, height);
        applyTheme();
        KeyBindings.install(scene, session.run(), this);
        views.all().forEach(v -> v.setOnJump(step -> session.run().seek(step)));
        frames = new FrameLoop(session, views.all());
        stage.setScene(scene);
        stage.titleProperty().bind(session.titleProperty().concat(" — Lockstep"));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard("close the window")) {
                e.consume();
            }
        });
        frames.start();
    }

    public Scene scene() {
        return scene;
    }

    public SessionViewModel session() {
        return session;
    }

    ThreadsPanel threads() {
        return threads;
    }

    /** Stops the frame loop (the window is going away). */
    public void stop() {
        frames.stop();
    }

    private void showEditor(boolean open) {
        if (open && !center.getItems().contains(editor)) {
            center.getItems().add(editor);
            center.setDividerPositions(0.66);
            editor.textArea().requestFocus();
        } else if (!open) {
            center.getItems().remove(editor);
            center.requestFocus();
        }
    }

    private void applyTheme() {
        Theme.apply(scene, screen.presenting(), palette, PanelStyles.STYLESHEET, io.lockstep.ui.stage.StageLayout.STYLESHEET);
    }

    // ---- actions

    @Override
    public void openFile() {
        FileChooser chooser = FileChoosers.startingIn(FileChoosers.of("Open a scenario",
                "Lockstep scenarios and saved views (*.lks, *.lkview)", "*.lks", "*.lkview"), "samples");
        File file = chooser.showOpenDialog(stage);
        if (file != null && confirmDiscard("open another scenario")) {
            try {
                if (file.getName().endsWith(io.lockstep.share.SavedView.EXTENSION)) {
                    openView(io.lockstep.ui.vm.ViewSharing.read(file.toPath()));
                } else {
                    session.open(ScenarioSource.read(file.toPath()));
                }
            } catch (io.lockstep.share.SavedViewFile.Invalid e) {
                alert("Cannot open " + file + ": " + e.getMessage());
            } catch (IOException e) {
                alert("Cannot read " + file + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void openSample(String name) {
        if (!confirmDiscard("open another scenario")) {
            return;
        }
        Path local = Path.of("samples", name);
        try {
            session.open(local.toFile().isFile() ? ScenarioSource.read(local)
                    : BundledSamples.open(name).orElseThrow(() -> new IOException("no such sample")));
        } catch (IOException e) {
            alert("Cannot open the sample " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void toggleEditor() {
        session.editor().toggle();
    }

    /** B or '.': the screen goes black (again: it comes back), for a pause in a talk. */
    void toggleBlank() {
        screen.toggleBlank();
    }

    boolean blanked() {
        return screen.blanked();
    }

    /**
     * Esc outside the editor: first back from a blank screen, then out of a tour, then out of presentation mode. Returns
     * false when neither applies (the key is then the window's to pass on, such as leaving full screen).
     */
    boolean escape() {
        if (screen.blanked()) {
            screen.toggleBlank();
            return true;
        }
        if (session.tour().playingProperty().get()) {
            session.tour().close();
            return true;
        }
        if (screen.presenting()) {
            togglePresentation();
            return true;
        }
        return false;
    }

    /**
     * F5: the stage layout in place of the window (graph, lanes, thread cards, caption; no chrome),
     * and back; the frame loop feeds whichever views are on screen.
     */
    @Override
    public void togglePresentation() {
        frames.show(screen.toggle(views.all()));
        header.showPresentation(screen.presenting());
        applyTheme();
    }

    /** The stage layout, once presentation mode has been on (tests). */
    io.lockstep.ui.stage.StageLayout stageLayout() {
        return screen.stageLayout();
    }

    boolean presenting() {
        return screen.presenting();
    }

    /** L on the stage: the laser-pointer dot. */
    void toggleLaser() {
        screen.toggleLaser();
    }

    @Override
    public void setTheme(ColorTheme theme) {
        palette = theme;
        header.showTheme(theme);
        applyTheme();
    }

    /** The theme key: the next palette, round. */
    void nextTheme() {
        setTheme(palette.next());
    }

    ColorTheme theme() {
        return palette;
    }

    @Override
    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    @Override
    public void showLanguageReference() {
        reference.show();
    }

    @Override
    public void saveView() {
        FileChooser chooser = FileChoosers.named(FileChoosers.of("Save this view to share (scenario, model, schedule, step)",
                "Lockstep views (*.lkview)", "*.lkview"), session.source(), io.lockstep.share.SavedView.EXTENSION);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            session.say(new io.lockstep.ui.vm.ViewSharing(session).save(file.toPath(), themeName()));
        }
    }

    @Override
    public void exportPicture() {
        FileChooser chooser = FileChoosers.named(FileChoosers.of("Export the window (a still, or the whole run as an animation)",
                "Pictures and animations (*.png, *.svg, *.gif, *.mp4, *.webm)", "*.png", "*.svg", "*.gif", "*.mp4", "*.webm"),
                session.source(), ".svg");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** File ▸ Export once the file is chosen (what a test drives, with no file dialog). */
    void exportTo(Path out) {
        io.lockstep.ui.export.ExportDialog.export(stage, session.run(), scene.getRoot(), out, session::say);
    }

    /** The theme on screen, as a saved view names it. */
    String themeName() {
        return palette.id;
    }

    /** Opens a saved view, in the theme it was saved in. */
    void openView(io.lockstep.share.SavedView view) {
        new io.lockstep.ui.vm.ViewSharing(session).open(view);
        ColorTheme.byName(view.theme()).ifPresent(this::setTheme);
    }

    @Override
    public void openTour(String name) {
        tours.openBundled(name);
    }

    @Override
    public void openTourFile() {
        tours.openFile();
    }

    /** Plays a checked tour, or shows its positioned errors instead (tests call it directly). */
    void playTour(io.lockstep.tour.TourLoader.Result loaded) {
        tours.play(loaded);
    }

    @Override
    public void importLockdep() {
        lockdepImport.show();
    }

    /** File ▸ Import lockdep report, once it has been opened (tests). */
    LockdepImportWindow lockdepImport() {
        return lockdepImport;
    }

    @Override
    public void showRules() {
        rulesWindow.show();
    }

    /** The rules window, once it has been opened (tests). */
    RulesWindow rulesWindow() {
        return rulesWindow;
    }

    @Override
    public void showMatrix() {
        session.startMatrix();
        matrixWindow.show();
    }

    /** The matrix window, once it has been opened (tests). */
    MatrixWindow matrixWindow() {
        return matrixWindow;
    }

    /** The Help window, once it has been opened (tests). */
    Stage languageReference() {
        return reference.stage();
    }

    void save() {
        if (session.source() != null && session.source().hasFile()) {
            session.saveAndRun();
        } else {
            saveAs();
        }
    }

    private void saveAs() {
        FileChooser chooser = FileChoosers.named(FileChoosers.of("Save the scenario as", "Lockstep scenarios (*.lks)", "*.lks"),
                session.source(), ".lks");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            session.saveTo(file.toPath());
        }
    }

    private void revert() {
        if (confirmDiscard("read the file again")) {
            session.revert();
        }
    }

    /** True when there are no unsaved edits, or the user agrees to drop them. */
    private boolean confirmDiscard(String toDo) {
        if (!session.editor().dirtyProperty().get()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "The scenario has edits that are not saved. Drop them and " + toDo + "?", ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Unsaved edits");
        ask.initOwner(stage);
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void alert(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(stage);
        a.showAndWait();
    }
}
