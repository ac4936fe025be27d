package io.faultline.histories.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Nemesis bands placed on an axis: shading behind every lane, and labels stacked in up to {@value #MAX_ROWS} rows
 * above the lanes so that overlapping faults stay legible.
 */
final class BandLayout {
    private static final int MAX_ROWS = 3;
    private static final double ROW_PX = 16;
    private static final double LABEL_CHAR_PX = 6.4;

    private record Placed(Band band, double x1, double x2, int row) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private int rows;

    /** Lays out at most {@code maxBands} bands, in order of their start. */
    BandLayout(List<Band> bands, Axis axis, int maxBands) {
        double[] rowEnds = new double[MAX_ROWS];
        for (Band band : bands.subList(0, Math.min(bands.size(), maxBands))) {
            double x1 = axis.startX(band.fromLine());
            double x2 = band.isOpenEnded() ? axis.rightEdgeX() : band.isInstant() ? x1 : axis.endX(band.toLine());
            int row = freeRow(rowEnds, x1);
            rowEnds[row] = Math.max(x2, x1 + band.label().length() * LABEL_CHAR_PX) + 12;
            rows = Math.max(rows, row + 1);
            placed.add(new Placed(band, x1, x2, row));
        }
    }

    /** How many label rows the bands need above the lanes (0 when there are none). */
    int rows() {
        return rows;
    }

    /** The shaded stretches (or lines, for instants) behind the lanes, between {@code top} and {@code bottom}. */
    void drawShading(StringBuilder out, double top, double bottom) {
        for (Placed p : placed) {
            String kind = p.band().kind();
            if (p.band().isInstant()) {
                Svg.line(out, "instant " + kind, p.x1(), top, p.x1(), bottom);
            } else {
                Svg.rect(out, "band " + kind, p.x1(), top, p.x2() - p.x1(), bottom - top);
            }
        }
    }

    /**
     * Each band's label in its row below {@code axisBottom}, over a range bar that shows its extent: where faults
     * overlap, their shading blends, but their rows keep them apart. The lines are in a tooltip.
     */
    void drawLabels(StringBuilder out, double axisBottom) {
        for (Placed p : placed) {
            double rowTop = axisBottom + p.row() * ROW_PX;
            out.append("<g class=\"band-mark ").append(p.band().kind()).append("\">");
            Svg.title(out, p.band().label() + ": " + span(p.band()));
            Svg.rect(out, "range", p.x1(), rowTop + 12, Math.max(2, p.x2() - p.x1()), 3);
            Svg.text(out, "band-label", p.x1() + 4, rowTop + 10, p.band().label());
            out.append("</g>\n");
        }
    }

    private static String span(Band band) {
        if (band.isInstant()) {
            return "line " + band.fromLine();
        }
        return "lines " + band.fromLine() + "–" + (band.isOpenEnded() ? "end (never ended)" : band.toLine());
    }

    /** The first row whose last label ends before {@code x}, or the row that frees up soonest. */
    private static int freeRow(double[] rowEnds, double x) {
        int soonest = 0;
        for (int row = 0; row < rowEnds.length; row++) {
            if (rowEnds[row] <= x) {
                return row;
            }
            soonest = rowEnds[row] < rowEnds[soonest] ? row : soonest;
        }
        return soonest;
    }
}
