package io.lockstep.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockstep.model.BlockState;
import io.lockstep.model.MemoryLayout.ZoneRange;
import io.lockstep.ui.view.MemoryMapLayout.Band;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryMapLayoutTest {
    private static ZoneRange range(String zone, int first, int last) {
        return new ZoneRange(zone, first, last, BlockState.ONLINE, null);
    }

    @Test
    void adjacentRangesOfOneZoneShareABandOthersDoNot() {
        List<Band> bands = MemoryMapLayout.bands(List.of(range("Normal", 0, 3), range("Movable", 4, 4),
                range("Movable", 5, 5), range("Normal", 6, 7), range("Normal", 10, 11)));
        assertEquals(List.of(new Band("Normal", 0, 3), new Band("Movable", 4, 5), new Band("Normal", 6, 7),
                new Band("Normal", 10, 11)), bands);
    }

    @Test
    void picksTheLargestCellThatFitsAndEveryCellMapsBackToItsBlock() {
        List<Band> bands = List.of(new Band("DMA32", 0, 1023), new Band("Normal", 1024, 2047),
                new Band("Movable", 2048, 4095));
        MemoryMapLayout l = MemoryMapLayout.fit(bands, 4096, 820, 480, 24, 64);
        assertTrue(l.totalHeight() <= 480, "fits: " + l.totalHeight());
        MemoryMapLayout bigger = MemoryMapLayout.fit(bands, 4096, 820, 480, 24, l.cell() + 1);
        assertEquals(l.cell(), bigger.cell(), "one pixel more would not fit");
        for (int b = 0; b < 4096; b += 7) {
            double cx = l.cellX(b) + l.cell() / 2.0;
            double cy = l.cellY(b) + l.cell() / 2.0;
            assertEquals(b, l.blockAt(cx, cy), "block " + b);
            assertTrue(l.cellX(b) + l.cell() <= l.bandX() + l.bandWidth(), "inside its band");
        }
        assertEquals(-1, l.blockAt(l.bandX() + 2, l.bandY(1) + 2), "a header is no block");
    }

    @Test
    void fewBlocksGetBigCellsUpToTheCap() {
        MemoryMapLayout l = MemoryMapLayout.fit(List.of(new Band("Normal", 0, 5)), 6, 700, 400, 30, 64);
        assertEquals(64, l.cell());
        assertEquals(-1, l.bandOf(6));
    }
}
