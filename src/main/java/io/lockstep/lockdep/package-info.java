/**
 * Lockdep reports in: the text of a "possible circular locking dependency detected" or "possible
 * recursive locking detected" splat to a standalone {@code .lks} scenario.
 *
 * <p>One class per stage: {@code ReportText} (mail quoting, timestamps and log prefixes off, each line
 * still knowing its original position) → {@link io.lockstep.lockdep.ReportParser} with
 * {@code ClassText} (a {@link io.lockstep.lockdep.LockdepReport}, or one positioned
 * {@link io.lockstep.lang.Diagnostic}; it never throws on bad input) →
 * {@link io.lockstep.lockdep.ClassMapper} (lockdep's class names to the bundled models' lock names) →
 * {@link io.lockstep.lockdep.ScenarioGenerator} (the scenario's text). Plain Java: the command line
 * ({@code lockstep import-lockdep}) is its caller today, the window may be the next one.
 */
package io.lockstep.lockdep;
