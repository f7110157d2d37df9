package io.lockstep.model;

/** {@code var NAME = INT}: a shared integer. */
public record VarDecl(String name, long initial, SourcePos pos) {}
