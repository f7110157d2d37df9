package io.lockstep.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StateStoreTest {
    @Test
    void storesEachStateOnceAndGivesItBackExactly() {
        StateStore store = new StateStore();
        SplittableRandom random = new SplittableRandom(7);
        List<int[]> states = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int[] s = new int[1 + random.nextInt(60)];
            for (int k = 0; k < s.length; k++) {
                s[k] = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(4);
                    case 1 -> -1 - random.nextInt(3);
                    case 2 -> random.nextInt();
                    default -> k % 2 == 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
                };
            }
            int id = store.intern(s);
            if (id >= 0) {
                assertEquals(states.size(), id);
                states.add(s);
            } else {
                assertArrayEquals(states.get(-id - 1), s);
            }
            assertEquals(-(store.intern(s.clone()) + 1), id >= 0 ? id : -id - 1, "found again");
        }
        for (int id = 0; id < states.size(); id++) {
            assertArrayEquals(states.get(id), store.get(id));
        }
        assertEquals(states.size(), store.size());
    }
}
