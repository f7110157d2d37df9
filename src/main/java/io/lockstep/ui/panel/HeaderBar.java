package io.lockstep.ui.panel;

import io.lockstep.ui.view.ColorTheme;
import io.lockstep.ui.vm.BundledSamples;
import io.lockstep.ui.vm.SessionViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The top of the window: what is on screen (scenario title and file) and the window-wide
 * controls: samples, open, the release switch, the editor, the presentation theme, the colour theme,
 * full screen, help.
 */
public final class HeaderBar extends HBox {

    /** What the header's buttons ask the window to do (dialogs and the stage belong to the window). */
    public interface Actions {
        void openFile();

        void openSample(String name);

        void toggleEditor();

        void togglePresentation();

        /** Switches the window to another palette (light, dark, high contrast, colour-blind safe). */
        void setTheme(ColorTheme theme);

        void toggleFullScreen();

        void showLanguageReference();

        /** Opens the table of every combination of the model's switches. */
        void showMatrix();

        /** Saves the view on screen (scenario, model, schedule, step) to a file to share. */
        void saveView();

        /** Exports the window as a picture (PNG, SVG) or an animation of the run (GIF, MP4, WebM). */
        void exportPicture();

        /** Shows the release's documented locking rules, lit up by the shown step. */
        void showRules();

        /** Plays a bundled guided tour ({@code deadlock-2015.tour}). */
        void openTour(String name);

        /** Asks for a {@code .tour} file and plays it. */
        void openTourFile();

        /** Opens the window that turns a pasted (or opened) lockdep report into a scenario. */
        void importLockdep();
    }

    private final ToggleButton presentation = new ToggleButton("Presentation");
    private final ToggleButton edit = new ToggleButton("Edit");
    private final MenuButton theme = new MenuButton("\u25D0"); // a half-filled circle: the header is full at 1280 px
    private final ToggleGroup themes = new ToggleGroup();

    public HeaderBar(SessionViewModel session, Actions actions) {
        super(8); // tight enough that every control fits a 1280-pixel screen (a window test checks it)
        getStyleClass().add(PanelStyles.HEADER);
        setAlignment(Pos.CENTER_LEFT);
        Label mark = new Label("Lockstep");
        mark.getStyleClass().add(PanelStyles.APP_MARK);
        mark.setMinWidth(USE_PREF_SIZE);
        Label title = new Label();
        title.setId("scenario-title");
        title.getStyleClass().add(PanelStyles.TITLE);
        title.textProperty().bind(session.titleProperty());
        title.setMinWidth(0);
        Label file = new Label();
        file.getStyleClass().add(PanelStyles.SUBTITLE);
        file.setId("scenario-model");
        // The file and, plainly, the kernel model the run uses ("kernel model v4.20 (the file is written for v4.0)").
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> session.fileNameProperty().get() + (session.modelTextProperty().get().isEmpty() ? ""
                        : "  ·  " + session.modelTextProperty().get()),
                session.fileNameProperty(), session.modelTextProperty()));
        VBox titles = new VBox(0, title, file);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);

        MenuButton samples = new MenuButton("Samples");
        samples.setFocusTraversable(false);
        samples.setMinWidth(USE_PREF_SIZE);
        for (String name : BundledSamples.names()) {
            MenuItem item = new MenuItem(name.replaceFirst("\\.lks$", ""));
            item.setOnAction(e -> actions.openSample(name));
            samples.getItems().add(item);
        }
        // The tours lead the Samples menu (a menu of their own would not fit the header at 1280 px).
        javafx.scene.control.Menu tours = new javafx.scene.control.Menu("Tours (guided, with questions)");
        tours.setId("tours-menu");
        for (String name : io.lockstep.ui.vm.BundledTours.names()) {
            tours.getItems().add(item(name.replaceFirst("\\.tour$", ""), "tour-" + name.replaceFirst("\\.tour$", ""),
                    () -> actions.openTour(name)));
        }
        tours.getItems().add(item("Open a tour file…", "tour-open", actions::openTourFile));
        samples.getItems().addAll(0, java.util.List.of(tours, new javafx.scene.control.SeparatorMenuItem()));
        samples.setId("samples-menu");
        // One menu for files, so the header still fits a 1280-pixel screen.
        MenuButton files = menu("File", "file-menu",
                item("Open a scenario or a saved view…  (Ctrl+O)", "file-open", actions::openFile),
                item("Import lockdep report…  (paste it, or open a file)", "file-import-lockdep", actions::importLockdep),
                item("Save this view to share…  (scenario, model, switches, schedule, step)", "save-view", actions::saveView),
                item("Export…  (PNG, SVG; GIF, MP4, WebM of the whole run)", "file-export", actions::exportPicture));
        button(edit, "Show or hide the scenario's text (Ctrl+E)", actions::toggleEditor);
        edit.setId("toggle-editor");
        session.editor().openProperty().addListener((obs, was, is) -> edit.setSelected(is));
        button(presentation, "The stage layout for talks: graph, lanes, thread cards, caption (F5)", actions::togglePresentation);
        themeMenu(actions);
        Button full = button(new Button("Full screen"), "Full screen (F11; Esc leaves it)", actions::toggleFullScreen);
        MenuButton help = menu("Help", "help-menu", item("Language reference", "help-language", actions::showLanguageReference),
                item("Locking rules of this release", "help-rules", actions::showRules));
        Region gap = new Region();
        gap.setMinWidth(8);
        getChildren().addAll(mark, titles, new ReleaseSwitch(session), new SwitchMenu(session, actions::showMatrix),
                new CompareMenu(session), gap, samples, files, edit, presentation, theme, full, help);
    }

    private static MenuButton menu(String text, String id, MenuItem... items) {
        MenuButton m = new MenuButton(text, null, items);
        m.setId(id);
        m.setFocusTraversable(false);
        m.setMinWidth(USE_PREF_SIZE);
        return m;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static <B extends javafx.scene.control.ButtonBase> B button(B b, String tip, Runnable action) {
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(USE_PREF_SIZE); // the title gives way, the buttons do not
        return b;
    }

    private void themeMenu(Actions actions) {
        theme.setId("theme-menu");
        theme.setTooltip(new Tooltip("Colours: light, dark, high contrast, colour-blind safe (F6: the next one)"));
        theme.setFocusTraversable(false);
        theme.setMinWidth(USE_PREF_SIZE);
        for (ColorTheme t : ColorTheme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.id);
            item.setId("theme-" + t.id);
            item.setToggleGroup(themes);
            item.setUserData(t);
            item.setSelected(t == ColorTheme.LIGHT);
            item.setOnAction(e -> actions.setTheme(t));
            theme.getItems().add(item);
        }
    }

    /** Keeps the menu's tick in step when the theme is switched from the keyboard or the command line. */
    public void showTheme(ColorTheme t) {
        themes.getToggles().forEach(item -> item.setSelected(item.getUserData() == t));
    }

    /** Keeps the toggle in step when the theme is switched from the keyboard. */
    public void showPresentation(boolean on) {
        presentation.setSelected(on);
    }
}
