package io.lockstep.lang;

import io.lockstep.lang.ScenarioResolver.Resolution;
import io.lockstep.lang.ScenarioResolver.Unit;
import io.lockstep.model.SourcePos;
import io.lockstep.model.Switch;
import java.util.HashMap;
import java.util.Map;

/**
 * The switches of all files in one namespace of their own (a switch is named only after
 * {@code switch} or {@code set}, so it cannot clash with a lock, var or proc), then every
 * {@code set} applied. A switch set twice is an error, even to the same value, because one of the two
 * lines is a mistake the user should see.
 */
final class SwitchMerger {
    private final DiagnosticSink sink;
    private final Merged merged;
    private final Map<String, SourcePos> setAt = new HashMap<>();

    SwitchMerger(DiagnosticSink sink, Merged merged) {
        this.sink = sink;
        this.merged = merged;
    }

    void merge(Resolution resolution) {
        for (Unit unit : resolution.dependencyOrder()) {
            for (FileDecls.SwitchDecl d : unit.decls.switches) {
                Switch first = merged.switches.get(d.name());
                if (first != null) {
                    sink.error(d.pos(), "switch " + d.name() + " is already declared at " + first.declared());
                } else {
                    merged.switches.put(d.name(), new Switch(d.name(), d.description(), d.on(), d.on(), d.pos(), null));
                }
            }
        }
        for (Unit unit : resolution.dependencyOrder()) {
            for (FileDecls.SwitchSet set : unit.decls.sets) {
                apply(set, resolution);
            }
        }
    }

    private void apply(FileDecls.SwitchSet set, Resolution resolution) {
        Switch known = merged.switches.get(set.name());
        if (known == null && resolution.releaseOverridden()) {
            // The file was written for another model: its sets are that model's "what if", not this one's.
            merged.notices.add("set " + set.name() + " at " + set.pos() + " is ignored: kernel model "
                    + merged.release + " has no switch " + set.name() + " (the file was written for "
                    + resolution.writtenRelease() + ")");
            sink.notice(set.pos(), "set " + set.name() + " is ignored under " + merged.release + known(set.name(), merged));
        } else if (known == null) {
            sink.error(set.pos(), "unknown switch " + set.name() + known(set.name(), merged));
        } else if (setAt.containsKey(set.name())) {
            sink.error(set.pos(), "switch " + set.name() + " is already set at " + setAt.get(set.name())
                    + "; set a switch once");
        } else {
            setAt.put(set.name(), set.pos());
            merged.switches.put(set.name(), known.set(set.on(), set.pos().toString()));
        }
    }

    /** What a message about an unknown switch {@code name} adds: a suggestion and the known switches. */
    static String known(String name, Merged merged) {
        return KnownSwitches.describe(name, merged.switches.keySet(), merged.release);
    }
}
