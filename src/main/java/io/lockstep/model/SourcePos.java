package io.lockstep.model;

/** A place in a scenario file: 1-based line and column. {@code file} is the name shown to users. */
public record SourcePos(String file, int line, int col) {
    public static final SourcePos NONE = new SourcePos("<none>", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + col;
    }
}
