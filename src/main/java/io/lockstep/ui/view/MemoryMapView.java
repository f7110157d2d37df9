package io.lockstep.ui.view;

import io.lockstep.engine.MachineState;
import io.lockstep.engine.Program;
import io.lockstep.event.BlockStateChanged;
import io.lockstep.model.BlockState;
import io.lockstep.model.MemoryLayout;
import io.lockstep.trace.Trace;
import io.lockstep.ui.view.Palette.Swatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * Every memory block as a cell coloured by its state, in zone bands in address order, with each
 * zone's present_pages against the pages of its online blocks (a lost update shows as a red
 * mismatch). Hover a cell for its details; click it to jump to the step that last changed it.
 *
 * <p>One {@link Rectangle} per block, recoloured only when its state changes (with a short fade
 * when the step moved forward by one). Not a Canvas: a canvas that changes is redrawn whole by the
 * renderer, and on the software pipeline a map-sized canvas every frame costs more than a frame;
 * a recoloured rectangle costs its own few pixels.
 */
public final class MemoryMapView extends Region implements TraceView {
    private static final int MAX_CELL = 88;
    /** Cells at least this big show their block number. */
    private static final int NUMBERED_CELL = 22;
    /** Steps forward up to this many are applied from the blocks' events; longer jumps read the state. */
    private static final int REPLAY_UP_TO = 512;

    private final Palette palette = new Palette();
    private final Group bandLayer = new Group();
    private final Group cellLayer = new Group();
    private final Group numberLayer = new Group();
    private final Group ringLayer = new Group();
    private final MapLegend legend = new MapLegend();
    private final BlockHistory history = new BlockHistory();
    private final BlockStates blockStates = new BlockStates();
    private final CellFades fades = new CellFades(this::paintCell);
    private final Tooltip tooltip = new Tooltip();
    private final Color[] stateColors = new Color[BlockState.values().length];

    private IntConsumer onJump = step -> {};
    private Trace trace;
    private Program program;
    private List<MemoryMapLayout.Band> bands = List.of();
    private final List<ZoneBand> zoneBands = new ArrayList<>();
    private MemoryMapLayout layout;
    private Rectangle[] cells = new Rectangle[0];
    private Text[] numbers = new Text[0];
    private int step = -1;
    private MachineState state;
    /** The state each cell shows (its ordinal), or -1 before its first colour. */
    private byte[] shown = new byte[0];
    private int hovered = -1;
    private boolean themeChanged = true;

    public MemoryMapView() {
        getStyleClass().add(StyleClasses.MEMORY_MAP);
        ringLayer.setMouseTransparent(true);
        numberLayer.setMouseTransparent(true);
        getChildren().addAll(palette, bandLayer, cellLayer, numberLayer, ringLayer, legend);
        palette.setOnChange(() -> {
            // Called once per changed colour in a CSS pass: recolour once, at layout.
            themeChanged = true;
            requestLayout();
        });
        tooltip.setShowDelay(Duration.millis(150));
        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> hoverBlock(-1));
        setOnMouseClicked(this::click);
    }

    @Override
    public void setOnJump(IntConsumer onJump) {
        this.onJump = onJump == null ? step -> {} : onJump;
    }

    @Override
    public void update(Trace trace, int step) {
        boolean sameRun = trace == this.trace;
        if (!sameRun) {
            newRun(trace);
        }
        history.sync(trace);
        if (themeChanged) {
            recolourAll();
        }
        boolean oneForward = sameRun && step == this.step + 1;
        this.state = trace.stateAt(step);
        if (sameRun && step >= this.step && step - this.step <= REPLAY_UP_TO) {
            blockStates.advance(trace, this.step, step);
        } else {
            blockStates.reset(trace.program(), state);
        }
        this.step = step;
        byte[] now = blockStates.states();
        for (int b = 0; b < shown.length; b++) {
            if (cells[b] != null && shown[b] != now[b]) {
                setState(b, BlockState.values()[now[b]], oneForward && shown[b] >= 0);
            }
        }
        List<ZoneBalance> balances = ZoneBalance.of(program, state, now);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < zoneBands.size(); i++) {
            String zone = bands.get(i).zone();
            int z = program.zoneNames().indexOf(zone);
            zoneBands.get(i).show(seen.contains(zone) || z < 0 ? null : balances.get(z));
            seen.add(zone);
        }
        placeRings();
    }

    /** A new run: cells, bands and numbers for its memory layout. */
    private void newRun(Trace trace) {
        this.trace = trace;
        this.program = trace.program();
        MemoryLayout memory = program.scenario().memory();
        bands = memory == null ? List.of() : MemoryMapLayout.bands(memory.ranges());
        fades.clear();
        hovered = -1;
        int n = program.blockNumberCount();
        cells = new Rectangle[n];
        numbers = new Text[n];
        shown = new byte[n];
        Arrays.fill(shown, (byte) -1);
        List<Rectangle> nodes = new ArrayList<>();
        for (MemoryMapLayout.Band band : bands) {
            for (int b = band.first(); b <= band.last(); b++) {
                cells[b] = new Rectangle();
                cells[b].getStyleClass().add("lk-map-cell");
                nodes.add(cells[b]);
            }
        }
        cellLayer.getChildren().setAll(nodes);
        zoneBands.clear();
        bands.forEach(b -> zoneBands.add(new ZoneBand(b)));
        bandLayer.getChildren().setAll(zoneBands);
        numberLayer.getChildren().clear();
        layout = null;
        requestLayout();
    }

    private void setState(int block, BlockState s, boolean fade) {
        Color to = stateColors[s.ordinal()];
        if (fade) {
            fades.start(block, stateColors[shown[block]], to);
        } else {
            cells[block].setFill(to);
        }
        shown[block] = (byte) s.ordinal();
        styleAbsent(block);
        if (numbers[block] != null) {
            numbers[block].setFill(s == BlockState.ABSENT ? palette.color(Swatch.MUTED) : Palette.textOn(to));
        }
    }

    private void paintCell(int block, Color color) {
        cells[block].setFill(color);
    }

    /** Absent blocks are a dashed outline (no memory there) when cells are big enough to show it. */
    private void styleAbsent(int block) {
        boolean dashed = shown[block] == BlockState.ABSENT.ordinal() && layout != null && layout.cell() >= 10;
        Rectangle r = cells[block];
        r.setStroke(dashed ? palette.color(Swatch.OFFLINE) : null);
        if (dashed && r.getStrokeDashArray().isEmpty()) {
            r.getStrokeDashArray().setAll(3.0, 3.0);
        }
    }

    /** Re-reads the theme's colours (a style sheet changed) and repaints every cell. */
    private void recolourAll() {
        themeChanged = false;
        stateColors[BlockState.ABSENT.ordinal()] = palette.color(Swatch.ABSENT);
        stateColors[BlockState.OFFLINE.ordinal()] = palette.color(Swatch.OFFLINE);
        stateColors[BlockState.GOING_OFFLINE.ordinal()] = palette.color(Swatch.GOING_OFFLINE);
        stateColors[BlockState.ONLINE.ordinal()] = palette.color(Swatch.ONLINE);
        fades.clear();
        for (int b = 0; b < cells.length; b++) {
            if (cells[b] != null && shown[b] >= 0) {
                setState(b, BlockState.values()[shown[b]], false);
            }
        }
        legend.setColors(stateColors, palette.color(Swatch.OFFLINE));
    }

    @Override
    protected void layoutChildren() {
        if (themeChanged) {
            recolourAll();
        }
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        // A scenario without memory (an imported lockdep chain) has no map: its legend would sit
        // unplaced over the pane's caption.
        legend.setVisible(!zoneBands.isEmpty());
        if (zoneBands.isEmpty() || w < 20 || h < 20) {
            return;
        }
        double header = zoneBands.get(0).headerHeight();
        double legendH = Math.ceil(legend.prefHeight(Math.max(1, w - 24))) + 4;
        layout = MemoryMapLayout.fit(bands, program.blockNumberCount(), w, h - legendH, header, MAX_CELL);
        for (int i = 0; i < zoneBands.size(); i++) {
            ZoneBand zb = zoneBands.get(i);
            zb.setHeader(header);
            zb.resizeRelocate(layout.bandX(), layout.bandY(i), layout.bandWidth(), layout.bandHeight(i));
        }
        int c = layout.cell();
        double arc = c >= 10 ? Math.min(8, c / 3.0) : 0;
        List<Text> texts = new ArrayList<>();
        for (int b = 0; b < cells.length; b++) {
            Rectangle r = cells[b];
            if (r == null) {
                continue;
            }
            r.setX(layout.cellX(b));
            r.setY(layout.cellY(b));
            r.setWidth(c);
            r.setHeight(c);
            r.setArcWidth(arc);
            r.setArcHeight(arc);
            styleAbsent(b);
            numbers[b] = c >= NUMBERED_CELL ? number(b, c) : null;
            if (numbers[b] != null) {
                texts.add(numbers[b]);
            }
        }
        numberLayer.getChildren().setAll(texts);
        legend.resizeRelocate(layout.bandX() + 4, layout.totalHeight() - MemoryMapLayout.PAD + 4, layout.bandWidth(),
                legendH - 4);
        placeRings();
    }

    private Text number(int block, int c) {
        Text t = new Text(Integer.toString(block));
        t.setFont(palette.smallFont()); // set here, not by CSS: it is measured before it joins the scene
        if (t.getLayoutBounds().getWidth() > c - 4) {
            return null;
        }
        t.setX(layout.cellX(block) + (c - t.getLayoutBounds().getWidth()) / 2);
        t.setY(layout.cellY(block) + c / 2.0 - t.getLayoutBounds().getMinY() - t.getLayoutBounds().getHeight() / 2);
        BlockState s = shown[block] >= 0 ? BlockState.values()[shown[block]] : BlockState.ABSENT;
        t.setFill(s == BlockState.ABSENT ? palette.color(Swatch.MUTED) : Palette.textOn(stateColors[s.ordinal()]));
        return t;
    }

    /** Rings around the blocks the shown step changed, and around the hovered block. */
    private void placeRings() {
        if (layout == null || trace == null) {
            return;
        }
        List<Integer> ringed = new ArrayList<>();
        if (step >= 1) {
            trace.step(step).events().stream().filter(e -> e instanceof BlockStateChanged)
                    .map(e -> ((BlockStateChanged) e).block()).filter(b -> layout.bandOf(b) >= 0).forEach(ringed::add);
        }
        while (ringLayer.getChildren().size() < ringed.size() + 1) {
            Rectangle r = new Rectangle();
            r.setFill(null);
            ringLayer.getChildren().add(r);
        }
        for (int i = 0; i < ringLayer.getChildren().size(); i++) {
            Rectangle r = (Rectangle) ringLayer.getChildren().get(i);
            boolean hover = i == ringed.size();
            int block = hover ? hovered : i < ringed.size() ? ringed.get(i) : -1;
            r.setVisible(block >= 0 && layout.bandOf(block) >= 0);
            if (r.isVisible()) {
                double out = layout.cell() < 8 ? 2 : 1; // outside small cells, or it would cover them
                r.getStyleClass().setAll(hover ? "lk-map-hover" : "lk-map-ring");
                r.setX(layout.cellX(block) - out);
                r.setY(layout.cellY(block) - out);
                r.setWidth(layout.cell() + 2 * out);
                r.setHeight(layout.cell() + 2 * out);
            }
        }
    }

    private void hover(MouseEvent e) {
        hoverBlock(layout == null ? -1 : layout.blockAt(e.getX(), e.getY()));
    }

    private void hoverBlock(int block) {
        if (block == hovered) {
            return;
        }
        hovered = block;
        placeRings();
        if (block < 0) {
            tooltip.hide();
            Tooltip.uninstall(this, tooltip);
        } else {
            tooltip.setText(describe(block));
            Tooltip.install(this, tooltip);
        }
    }

    private void click(MouseEvent e) {
        if (layout == null || !e.isStillSincePress()) {
            return;
        }
        BlockHistory.Change c = history.lastChange(layout.blockAt(e.getX(), e.getY()), step);
        if (c != null && c.step() > 0) {
            onJump.accept(c.step());
        }
    }

    /** The tooltip text of a block: number, state, zone, pages, and who last changed it. */
    String describe(int block) {
        BlockState s = state.blockState(block);
        int z = state.blockZone(block);
        String zone = z >= 0 && z < program.zoneNames().size() ? program.zoneNames().get(z) : "?";
        long pages = program.pagesPerBlock();
        StringBuilder sb = new StringBuilder();
        sb.append("memory block ").append(block).append("   (memory").append(block).append(")\n");
        sb.append("state:  ").append(s.keyword()).append('\n');
        sb.append("zone:   ").append(zone).append('\n');
        sb.append("pages:  ").append(pages).append("  (").append(pages * MemoryLayout.PAGE_SIZE >> 20).append(" MiB)\n");
        BlockHistory.Change c = history.lastChange(block, step);
        if (c == null) {
            sb.append("not changed by this run so far");
        } else {
            String who = c.step() == 0 ? "before the first step"
                    : "by \"" + program.threadLabel(c.thread()) + "\" at step " + c.step();
            sb.append("last written ").append(who).append("\n   (").append(c.before().keyword()).append(" \u2192 ")
                    .append(c.after().keyword()).append(")");
            if (c.step() > 0) {
                sb.append("\nclick to jump to step ").append(c.step());
            }
        }
        return sb.toString();
    }

    /** Where a block's cell is, in this view's coordinates (empty before the first layout). */
    public Bounds cellBounds(int block) {
        if (layout == null || layout.bandOf(block) < 0) {
            return new BoundingBox(0, 0, 0, 0);
        }
        return new BoundingBox(layout.cellX(block), layout.cellY(block), layout.cell(), layout.cell());
    }

    /** The colour a block's cell has now (mid-fade, a colour in between), or null for a block not drawn. */
    public Color cellColor(int block) {
        return block >= 0 && block < cells.length && cells[block] != null && cells[block].getFill() instanceof Color c
                ? c : null;
    }

    /** The colour the theme gives a block state (what a cell settles to). */
    public Color colorOf(BlockState s) {
        if (themeChanged) {
            recolourAll();
        }
        return stateColors[s.ordinal()];
    }

    /** The accounting line of a zone as shown (for tests and screenshots), or "" if none. */
    public String accountingText(String zone) {
        for (int i = 0; i < zoneBands.size(); i++) {
            if (bands.get(i).zone().equals(zone) && !zoneBands.get(i).accountingText().isEmpty()) {
                return zoneBands.get(i).accountingText();
            }
        }
        return "";
    }

    /** The step shown, or -1 before the first update. */
    public int shownStep() {
        return step;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }
}
