package io.lockstep.ui.view.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertex of the layered graph: a class, the label of an edge, or a point an edge passes through
 * on a row it crosses. {@code created} orders ties, so that nothing depends on hash order.
 */
final class LayerVertex {
    enum Kind { CLASS, LABEL, POINT }

    final String id;
    final Kind kind;
    final int rank;
    final double w;
    final double h;
    final int created;
    final List<LayerVertex> up = new ArrayList<>();
    final List<LayerVertex> down = new ArrayList<>();
    double x;
    int pos;

    LayerVertex(String id, Kind kind, int rank, double w, double h, int created) {
        this.id = id;
        this.kind = kind;
        this.rank = rank;
        this.w = w;
        this.h = h;
        this.created = created;
    }
}
