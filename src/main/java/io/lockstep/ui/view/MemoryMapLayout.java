package io.lockstep.ui.view;

import io.lockstep.model.MemoryLayout.ZoneRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each memory block's cell goes: one band per run of blocks of one zone, in address order,
 * each with a header line and its cells in rows, and the largest square cell that lets every band
 * fit the view. Pure geometry, so it is tested without a screen.
 */
public final class MemoryMapLayout {
    /** Blocks {@code first..last} of zone {@code zone}: a band of the map. */
    public record Band(String zone, int first, int last) {
        public int count() {
            return last - first + 1;
        }
    }

    /** Space around the map, inside a band around its cells, and between bands. */
    static final double PAD = 8;
    static final double INSET = 6;
    static final double BAND_GAP = 8;

    private final List<Band> bands;
    private final int[] bandOfBlock;
    private final int cell;
    private final int gap;
    private final int columns;
    private final double header;
    private final double width;
    private final double[] bandTop;

    private MemoryMapLayout(List<Band> bands, int blockNumbers, int cell, double width, double header) {
        this.bands = bands;
        this.cell = cell;
        this.gap = gapFor(cell);
        this.columns = columnsFor(width, cell);
        this.header = header;
        this.width = width;
        this.bandOfBlock = new int[blockNumbers];
        java.util.Arrays.fill(bandOfBlock, -1);
        this.bandTop = new double[bands.size() + 1];
        double y = PAD;
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            for (int block = b.first(); block <= b.last(); block++) {
                bandOfBlock[block] = i;
            }
            bandTop[i] = y;
            y += bandHeight(b.count(), cell, columns, header) + BAND_GAP;
        }
        bandTop[bands.size()] = y - BAND_GAP + PAD;
    }

    /**
     * The bands of a memory layout: its zone ranges in address order, a range that continues the
     * previous one in the same zone joining its band (so "Movable 4..4 offline, Movable 5..5 absent"
     * is one band).
     */
    public static List<Band> bands(List<ZoneRange> ranges) {
        List<Band> out = new ArrayList<>();
        for (ZoneRange r : ranges) {
            Band last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.zone().equals(r.zone()) && last.last() + 1 == r.first()) {
                out.set(out.size() - 1, new Band(last.zone(), last.first(), r.last()));
            } else {
                out.add(new Band(r.zone(), r.first(), r.last()));
            }
        }
        return out;
    }

    /**
     * The layout with the largest cell (at most {@code maxCell} pixels) for which every band fits in
     * {@code width} × {@code height}; with 1-pixel cells when even those do not fit.
     */
    public static MemoryMapLayout fit(List<Band> bands, int blockNumbers, double width, double height,
            double header, int maxCell) {
        int cell = Math.max(1, maxCell);
        while (cell > 1 && totalHeight(bands, cell, columnsFor(width, cell), header) > height) {
            cell--;
        }
        return new MemoryMapLayout(List.copyOf(bands), blockNumbers, cell, width, header);
    }

    static int gapFor(int cell) {
        return cell >= 20 ? 4 : cell >= 12 ? 2 : cell >= 3 ? 1 : 0;
    }

    static int columnsFor(double width, int cell) {
        double inner = width - 2 * PAD - 2 * INSET;
        return Math.max(1, (int) Math.floor((inner + gapFor(cell)) / (cell + gapFor(cell))));
    }

    private static double bandHeight(int blocks, int cell, int columns, double header) {
        int rows = (blocks + columns - 1) / columns;
        return header + rows * (cell + gapFor(cell)) - gapFor(cell) + INSET;
    }

    private static double totalHeight(List<Band> bands, int cell, int columns, double header) {
        double h = 2 * PAD - BAND_GAP;
        for (Band b : bands) {
            h += bandHeight(b.count(), cell, columns, header) + BAND_GAP;
        }
        return h;
    }

    public List<Band> bands() {
        return bands;
    }

    public int cell() {
        return cell;
    }

    public int columns() {
        return columns;
    }

    /** Height of a band's header line. */
    public double header() {
        return header;
    }

    /** The band a block is drawn in, or -1 for a block number the layout does not define. */
    public int bandOf(int block) {
        return block >= 0 && block < bandOfBlock.length ? bandOfBlock[block] : -1;
    }

    public double bandX() {
        return PAD;
    }

    public double bandY(int band) {
        return bandTop[band];
    }

    public double bandWidth() {
        return width - 2 * PAD;
    }

    public double bandHeight(int band) {
        return bandHeight(bands.get(band).count(), cell, columns, header);
    }

    /** Height of the whole map, for a scroll pane or a preferred size. */
    public double totalHeight() {
        return bandTop[bands.size()];
    }

    public double cellX(int block) {
        int k = block - bands.get(bandOfBlock[block]).first();
        return PAD + INSET + (k % columns) * (cell + gap);
    }

    public double cellY(int block) {
        int band = bandOfBlock[block];
        int k = block - bands.get(band).first();
        return bandTop[band] + header + (k / columns) * (cell + gap);
    }

    /** The block whose cell contains the point, or -1 (a gap, a header, outside). */
    public int blockAt(double x, double y) {
        for (int i = 0; i < bands.size(); i++) {
            double top = bandTop[i] + header;
            Band b = bands.get(i);
            if (y < top || y >= bandTop[i] + bandHeight(i)) {
                continue;
            }
            int col = (int) Math.floor((x - PAD - INSET) / (cell + gap));
            int row = (int) Math.floor((y - top) / (cell + gap));
            double inX = x - PAD - INSET - col * (cell + gap);
            double inY = y - top - row * (cell + gap);
            if (col < 0 || col >= columns || inX >= cell || inY >= cell) {
                return -1;
            }
            int k = row * columns + col;
            return k < b.count() ? b.first() + k : -1;
        }
        return -1;
    }
}
