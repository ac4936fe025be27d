package io.faultline.report;

/**
 * How much a report draws at most, whatever the size of the history: the caps that keep a page of a
 * million-op run as quick to open as one of a thousand ops. Each chart says on the page when it hit its cap.
 *
 * @param overviewCalls  bars on the whole-run timeline
 * @param overviewLanes  process lanes on it
 * @param closeUpCalls   bars on the counterexample's close-up
 * @param scatterPoints  points on the latency chart
 * @param widthPx        width of the charts
 */
public record ReportLimits(int overviewCalls, int overviewLanes, int closeUpCalls, int scatterPoints, int widthPx) {

    /** 2,000 bars, 40 lanes, 300 bars in the close-up, 4,000 points: a page of at most about a megabyte. */
    public static ReportLimits defaults() {
        return new ReportLimits(2_000, 40, 300, 4_000, 1100);
    }
}
