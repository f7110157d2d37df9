/**
 * The scenario language: text to a validated {@link io.lockstep.model.Scenario}, or diagnostics.
 *
 * <p>The pipeline, one class per stage: {@code Lexer} (tokens) → {@code FileParser} with
 * {@code StmtParser}, {@code ExprParser} and {@code MemoryParser} (one file's declarations,
 * recovering after syntax errors) → {@code ScenarioResolver} (every {@code use}, depth first) →
 * {@code DeclarationMerger} (one namespace, proc redefinitions) → {@code Validator} and
 * {@code BodyValidator} (names, arities, lock kinds, call cycles). Every stage reports into one
 * {@code DiagnosticSink} and carries on, so a user sees all problems of all files at once, and
 * nothing in here throws on bad input. {@link io.lockstep.lang.ScenarioLoader} is the entry point.
 */
package io.lockstep.lang;
