package io.lockstep.explore;

import io.lockstep.engine.MachineState;
import java.util.SplittableRandom;

/**
 * A seeded random walk: at each step one enabled thread, uniformly. The same seed gives the same
 * run, and the run's schedule (in its trace) replays it exactly without the seed.
 */
public final class RandomScheduler implements Scheduler {
    private final SplittableRandom random;

    public RandomScheduler(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int pick(MachineState state, int enabledMask, int step) {
        int k = random.nextInt(Integer.bitCount(enabledMask));
        int mask = enabledMask;
        for (int i = 0; i < k; i++) {
            mask &= mask - 1;
        }
        return Integer.numberOfTrailingZeros(mask);
    }
}
