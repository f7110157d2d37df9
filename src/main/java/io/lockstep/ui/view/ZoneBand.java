package io.lockstep.ui.view;

import io.lockstep.ui.view.MemoryMapLayout.Band;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The background and header line of one band of the memory map: the zone's name and blocks on the
 * left; on the first band of a zone, {@code present_pages} against the pages of its online blocks
 * on the right, marked {@code :mismatch} while they differ and {@code :lost-update} once the run
 * has settled with them different. The cells are drawn over it by the map.
 */
final class ZoneBand extends Region {
    static final javafx.css.PseudoClass MISMATCH = javafx.css.PseudoClass.getPseudoClass("mismatch");
    static final javafx.css.PseudoClass LOST_UPDATE = javafx.css.PseudoClass.getPseudoClass("lost-update");

    private final Label zone = new Label();
    private final Label blocks = new Label();
    private final Label accounting = new Label();
    private double header;
    private ZoneBalance balance;

    ZoneBand(Band band) {
        getStyleClass().add("lk-map-band");
        setManaged(false); // the map places it; its Group parent would otherwise shrink it to its pref size
        zone.getStyleClass().add("lk-map-zone");
        blocks.getStyleClass().add("lk-map-blocks");
        accounting.getStyleClass().add("lk-map-accounting");
        zone.setText(band.zone());
        blocks.setText(band.first() == band.last() ? "block " + band.first()
                : "blocks " + band.first() + "\u2013" + band.last());
        getChildren().addAll(zone, blocks, accounting);
    }

    /** The height the header line needs (the map lays the cells out below it). */
    double headerHeight() {
        return Math.ceil(Math.max(zone.prefHeight(-1), accounting.prefHeight(-1)) * 1.45);
    }

    void setHeader(double header) {
        this.header = header;
    }

    /** Shows the zone's accounting (null on a band that continues a zone shown above). */
    void show(ZoneBalance balance) {
        this.balance = balance;
        accounting.setText(balance == null ? "" : text(balance, !fits(text(balance, false))));
        accounting.pseudoClassStateChanged(MISMATCH, balance != null && balance.mismatch() && !balance.lostUpdate());
        accounting.pseudoClassStateChanged(LOST_UPDATE, balance != null && balance.lostUpdate());
    }

    /** Whether the long form of the accounting fits beside the zone name. */
    private boolean fits(String longText) {
        double room = getWidth() - 2 * MemoryMapLayout.INSET - zone.prefWidth(-1) - 16;
        double pad = accounting.snappedLeftInset() + accounting.snappedRightInset();
        return TextWidth.of(accounting.getFont(), longText) + pad + 4 <= room;
    }

    /** "present_pages 65536 = 65536 online ✓" and its mismatch forms; numbers only when {@code brief}. */
    static String text(ZoneBalance z, boolean brief) {
        String sign = z.mismatch() ? " \u2260 " : " = ";
        if (brief) {
            return (z.lostUpdate() ? "lost update " : "") + z.present() + sign + z.online();
        }
        String head = "present_pages " + z.present() + sign + z.online() + " online";
        if (z.lostUpdate()) {
            return "LOST UPDATE  " + head;
        }
        return z.mismatch() ? head + " (updating)" : head + " \u2713";
    }

    String accountingText() {
        return accounting.getText();
    }

    @Override
    protected void layoutChildren() {
        double inset = MemoryMapLayout.INSET;
        double w = getWidth() - 2 * inset;
        double zw = zone.prefWidth(-1);
        double bw = blocks.prefWidth(-1);
        if (balance != null) {
            accounting.setText(text(balance, !fits(text(balance, false))));
        }
        double aw = accounting.prefWidth(-1);
        place(zone, inset, zw);
        blocks.setVisible(zw + 10 + bw + 16 + aw <= w);
        place(blocks, inset + zw + 10, bw);
        place(accounting, inset + w - aw, aw);
    }

    private void place(Label l, double x, double width) {
        double h = l.prefHeight(-1);
        l.resizeRelocate(Math.round(x), Math.round((header - h) / 2), Math.ceil(width), h);
    }
}
