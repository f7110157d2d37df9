package io.lockstep.model;

import java.util.List;
import java.util.Map;

/**
 * A whole, resolved scenario: the scenario file merged with everything it {@code use}s, validated.
 * Maps keep declaration order. {@code release} is the bundled kernel model in use (such as
 * {@code v4.20}), or null. {@code notices} are remarks the window and the report show, such as a
 * proc that the scenario redefines. {@code switches} are the compile-time switches with the value each has
 * in this run, in declaration order.
 */
public record Scenario(
        String file,
        String title,
        String description,
        String release,
        MemoryLayout memory,
        Map<String, LockDecl> locks,
        Map<String, VarDecl> vars,
        Map<String, ProcDecl> procs,
        List<ThreadSpec> threads,
        List<Expect> expects,
        List<String> notices,
        Map<String, Switch> switches) {

    public Scenario {
        locks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(locks));
        vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        procs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(procs));
        threads = List.copyOf(threads);
        expects = List.copyOf(expects);
        notices = List.copyOf(notices);
        switches = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(switches));
    }

    /** Whether switch {@code name} is on in this run (false for an unknown name). */
    public boolean switchOn(String name) {
        Switch s = switches.get(name);
        return s != null && s.on();
    }

    /**
     * The same scenario with the switches named in {@code values} set, each marked as set by
     * {@code by}; a name the scenario does not declare is an IllegalArgumentException (callers that
     * take names from a user check them first, to say which are known).
     */
    public Scenario withSwitchValues(Map<String, Boolean> values, String by) {
        Map<String, Switch> next = new java.util.LinkedHashMap<>(switches);
        values.forEach((name, on) -> {
            Switch s = next.get(name);
            if (s == null) {
                throw new IllegalArgumentException("unknown switch " + name);
            }
            next.put(name, s.set(on, by));
        });
        return withSwitches(next);
    }

    /** The same scenario with its switches replaced (names the scenario declares; see lang's SwitchSettings). */
    public Scenario withSwitches(Map<String, Switch> newSwitches) {
        return new Scenario(file, title, description, release, memory, locks, vars, procs, threads, expects, notices,
                newSwitches);
    }
}
