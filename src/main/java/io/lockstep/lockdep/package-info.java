/**
 * Lockdep reports in: the text of a "possible circular locking dependency detected" or "possible
 * recursive locking detected" splat to a standalone {@code .lks} scenario.
 *
 * <p>One class per stage: {@code ReportText} (mail quoting, timestamps and log prefixes off, each line
 * still knowing its original position) → {@link io.lockstep.lockdep.ReportParser} with
 * {@code ClassText} (a {@link io.lockstep.lockdep.LockdepReport}, or one positioned
 * {@link io.lockstep.lang.Diagnostic}; it never throws on bad input) →
 * {@link io.lockstep.lockdep.ClassMapper} (lockdep's class names to the bundled models' lock names) →
 * {@code ChainPlan} with {@code AcquireMode} (each link's locks, kinds and read/write modes, read from
 * the stacks) → {@code ScenarioGenerator} (the scenario's text), with
 * {@link io.lockstep.lockdep.EntryPoints} (the bundled model's entry points the stacks went through).
 * {@link io.lockstep.lockdep.LockdepImport} runs them all and checks the scenario it writes, so that
 * its expect lines are what Lockstep finds; the command line ({@code lockstep import-lockdep}) and the
 * window (File ▸ Import lockdep report) both call it, and nothing else here.
 */
package io.lockstep.lockdep;
