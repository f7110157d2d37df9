package io.lockstep.lang;

import java.util.Collection;

/** How a message names the switches a user can pick from. */
final class KnownSwitches {
    private KnownSwitches() {}

    /** " (did you mean ...?); the switches of ... are a, b", or that there are none. */
    static String describe(String name, Collection<String> names, String release) {
        if (names.isEmpty()) {
            return release == null ? "; this scenario declares no switch"
                    : "; neither this scenario nor kernel model " + release + " declares a switch";
        }
        String owner = release == null ? "this scenario" : "this scenario and kernel model " + release;
        return KernelNames.suggest(name, names) + "; the switches of " + owner + " are " + String.join(", ", names);
    }
}
