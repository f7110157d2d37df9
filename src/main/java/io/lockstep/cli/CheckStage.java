package io.lockstep.cli;

import io.lockstep.explore.ExplorationResult;
import io.lockstep.model.Scenario;

/**
 * How far the check of one file has got, written by the thread doing it and read by the one
 * waiting for it: when the time limit passes in a phase that cannot stop by itself (loading,
 * compiling), the waiting thread reports from here what was done.
 */
final class CheckStage {
    enum Phase {
        LOADING("loading the scenario"),
        COMPILING("compiling the scenario"),
        EXPLORING("exploring"),
        REPORTING("replaying the findings for the report");

        final String words;

        Phase(String words) {
            this.words = words;
        }
    }

    volatile Phase phase = Phase.LOADING;
    volatile Scenario scenario;
    volatile ExplorationResult exploration;

    void enter(Phase next) {
        phase = next;
    }
}
