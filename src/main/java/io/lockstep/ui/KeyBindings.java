package io.lockstep.ui;

import io.lockstep.ui.vm.RunViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The window's keys, caught before any control sees them so that Space steps the run rather than
 * pressing whichever button has the focus. While the user types in the editor only the
 * Ctrl shortcuts and the function keys are taken; everything else is typing.
 *
 * <pre>
 * Space, →, PageDown   step            ←, PageUp   step back      Home / End   start / end
 * 1–9                  that thread steps            P           play / pause   + / −   speed
 * F5                   presentation (stage layout)  F6          next colour theme    F11   full screen
 * Ctrl+E editor        Ctrl+S save and run          Ctrl+O      open a file
 * Esc (in the editor)  back to the transport keys (so does a click outside the text)
 * B or .               blank the screen to black, and back   Esc   back from blank, then out of presentation
 * L (presentation)     a laser-pointer dot follows the mouse, and off again
 * While a tour plays: Space, →, PageDown the next stop; ←, PageUp the previous one; 1–9 answer a
 * stop's question; Esc (after a blank screen) ends the tour.
 * </pre>
 * PageDown and PageUp are what presenter clickers send.
 */
final class KeyBindings {
    private KeyBindings() {}

    static void install(Scene scene, RunViewModel run, MainWindow window) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = isText(scene.getFocusOwner());
            if (typing && e.getCode() == KeyCode.ESCAPE) {
                scene.getRoot().requestFocus(); // back from the editor to the transport keys
                e.consume();
            } else if (handle(e, run, window, typing)) {
                e.consume();
            }
        });
        // A click outside the editor hands the keys back to the transport, or Space would go on typing.
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!(e.getTarget() instanceof Node target) || !insideText(target)) {
                scene.getRoot().requestFocus();
            }
        });
    }

    private static boolean insideText(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (isText(n)) {
                return true;
            }
        }
        return false;
    }

    /** A text field, or the scenario's code area (a RichTextFX area is not a TextInputControl). */
    private static boolean isText(Node node) {
        return node instanceof TextInputControl || node instanceof GenericStyledArea;
    }

    private static boolean handle(KeyEvent e, RunViewModel run, MainWindow window, boolean typing) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            switch (code) {
                case E -> window.toggleEditor();
                case S -> window.save();
                case O -> window.openFile();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (!typing && (code == KeyCode.B || code == KeyCode.PERIOD) && !e.isAltDown()) {
            window.toggleBlank();
            return true;
        }
        if (!typing && code == KeyCode.ESCAPE) {
            return window.escape();
        }
        if (!typing && !e.isAltDown() && !window.blanked() && tourKey(code, window.session().tour())) {
            return true;
        }
        if (window.blanked() && !typing) {
            return true; // a blank screen keeps the talk where it is: no key steps behind it
        }
        switch (code) {
            case F5 -> window.togglePresentation();
            case L -> {
                if (typing || !window.presenting()) {
                    return false;
                }
                window.toggleLaser();
            }
            case F6 -> window.nextTheme();
            case F11 -> window.toggleFullScreen();
            default -> {
                return !typing && !e.isAltDown() && transport(code, run);
            }
        }
        return true;
    }

    /**
     * While a tour plays, the clicker's keys move between stops, and a number answers a stop's
     * question; every other key (and a number with no question) keeps its usual meaning.
     */
    private static boolean tourKey(KeyCode code, io.lockstep.ui.vm.TourViewModel tour) {
        if (!tour.playingProperty().get()) {
            return false;
        }
        switch (code) {
            case SPACE, RIGHT, PAGE_DOWN -> tour.next();
            case LEFT, PAGE_UP -> tour.previous();
            default -> {
                int thread = threadKey(code);
                return thread >= 0 && tour.answer(thread) != io.lockstep.ui.vm.TourViewModel.Answer.NONE;
            }
        }
        return true;
    }

    private static boolean transport(KeyCode code, RunViewModel run) {
        switch (code) {
            case SPACE, RIGHT, PAGE_DOWN -> run.stepForward();
            case LEFT, PAGE_UP -> run.stepBack();
            case HOME -> run.home();
            case END -> run.end();
            case P -> run.togglePlay();
            case PLUS, ADD, EQUALS -> run.changeSpeed(1);
            case MINUS, SUBTRACT -> run.changeSpeed(-1);
            default -> {
                int thread = threadKey(code);
                if (thread < 0) {
                    return false;
                }
                run.stepThread(thread);
            }
        }
        return true;
    }

    /** 0 for the key 1 (or numpad 1), ..., 8 for 9; -1 for any other key. */
    static int threadKey(KeyCode code) {
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '1';
        }
        return -1;
    }
}
