package io.faultline.histories.check;

import io.faultline.histories.check.Anomaly;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects anomalies but lists at most a fixed number: a broken store can produce one per read, and a report of
 * 50,000 identical lines helps nobody. The total is always kept, so results can say how many were left out.
 */
public final class CappedAnomalies {
    public static final int DEFAULT_CAP = 100;

    private final int cap;
    private final List<Anomaly> listed = new ArrayList<>();
    private int total;

    CappedAnomalies(int cap) {
        this.cap = cap;
    }

    public CappedAnomalies() {
        this(DEFAULT_CAP);
    }

    public void add(Anomaly a) {
        total++;
        if (listed.size() < cap) {
            listed.add(a);
        }
    }

    public void addAll(List<Anomaly> anomalies) {
        anomalies.forEach(this::add);
    }

    public List<Anomaly> listed() {
        return List.copyOf(listed);
    }

    public int total() {
        return total;
    }

    public int notListed() {
        return total - listed.size();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** {@code ""}, or {@code " (and 12 more)"} when some were not listed. */
    String moreSuffix() {
        return notListed() == 0 ? "" : " (and " + notListed() + " more)";
    }
}
