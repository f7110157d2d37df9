package io.lockstep.model;

/**
 * A compile-time switch: {@code switch NAME "what it does" = on|off} in a model or scenario, set by
 * {@code set NAME = on|off} or the command line's {@code --set NAME=on|off}. It is fixed for a run
 * and costs no step and no state: {@code if switch NAME { ... }} keeps only the branch it picks.
 * {@code setBy} says who chose {@link #on()}: null for the declared default, else where it was set
 * (a position, or "--set").
 */
public record Switch(String name, String description, boolean defaultOn, boolean on, SourcePos declared,
        String setBy) {

    /** The same switch with {@code value} chosen by {@code by}. */
    public Switch set(boolean value, String by) {
        return new Switch(name, description, defaultOn, value, declared, by);
    }

    public String valueWord() {
        return on ? "on" : "off";
    }
}
