package io.lockstep.model;

/**
 * {@code lock NAME : kind}, or {@code lock NAME[] : kind [novalidate]} for one instance per memory
 * block (one lockdep class). {@code novalidate} marks a class the kernel's lockdep does not track;
 * {@code lockdep "kn->count"} gives the name lockdep prints for the class.
 */
public record LockDecl(String name, LockKind kind, boolean perBlock, boolean novalidate, String lockdepName,
        SourcePos pos) {
    public LockDecl(String name, LockKind kind, boolean perBlock, boolean novalidate, SourcePos pos) {
        this(name, kind, perBlock, novalidate, null, pos);
    }

    /** The class name lockdep prints ({@code lockdep "kn->count"}), else the declared name. */
    public String displayName() {
        return lockdepName == null ? name : lockdepName;
    }
}
