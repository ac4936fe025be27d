package io.faultline.histories.check.session;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable set of floors on one key, kept as an antichain: a floor covered by another is dropped, since it
 * can never be the only one a read breaks. Sessions usually observe newer and newer versions, so the set stays
 * at one or two floors and each read is checked against few.
 */
final class Floors {
    static final Floors NONE = new Floors(List.of());

    private final List<Floor> floors;

    private Floors(List<Floor> floors) {
        this.floors = floors;
    }

    /** The first floor a read of version {@code x} breaks, or {@code null}. */
    Floor violatedBy(int x, VersionGraph graph) {
        for (Floor f : floors) {
            if (f.violatedBy(x, graph)) {
                return f;
            }
        }
        return null;
    }

    /** These floors and {@code f}; this very set when a floor here already covers f. */
    Floors with(Floor f, VersionGraph graph) {
        for (Floor g : floors) {
            if (g.covers(f, graph)) {
                return this;
            }
        }
        List<Floor> next = new ArrayList<>(floors.size() + 1);
        for (Floor g : floors) {
            if (!f.covers(g, graph)) {
                next.add(g);
            }
        }
        next.add(f);
        return new Floors(List.copyOf(next));
    }

    List<Floor> list() {
        return floors;
    }
}
