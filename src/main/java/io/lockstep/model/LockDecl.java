package io.lockstep.model;

/**
 * {@code lock NAME : kind}, or {@code lock NAME[] : kind [novalidate]} for one instance per memory
 * block (one lockdep class). {@code novalidate} marks a class the kernel's lockdep does not track.
 */
public record LockDecl(String name, LockKind kind, boolean perBlock, boolean novalidate, SourcePos pos) {}
