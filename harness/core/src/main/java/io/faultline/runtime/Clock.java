package io.faultline.runtime;

import java.util.Locale;

/**
 * Which clock a runtime's times are on, and so a run's latencies and timestamps: the simulator's virtual time,
 * where a millisecond costs nothing and a seed replays it, or the wall clock of real processes. Each
 * {@link RuntimeProvider} declares its own; the runner records it in the run's {@code test.json}, and reports
 * read it from there instead of guessing from the runtime's name.
 */
public enum Clock {
    VIRTUAL,
    WALL;

    /** As written in {@code test.json}: {@code virtual}, {@code wall}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As a person reads it next to a time: {@code virtual}, {@code wall-clock}. */
    public String label() {
        return this == VIRTUAL ? "virtual" : "wall-clock";
    }

    /**
     * The clock a stored run recorded, or, for a run stored before {@code test.json} had the field, the one its
     * runtime had then: only {@code sim} ran on virtual time. The only place a runtime's name stands for its clock.
     *
     * @param recorded the {@code clock} field, {@code null} or empty when absent
     * @param runtime  the {@code runtime} field
     */
    public static Clock ofStored(String recorded, String runtime) {
        if (recorded != null && !recorded.isEmpty()) {
            return valueOf(recorded.toUpperCase(Locale.ROOT));
        }
        return "sim".equals(runtime) ? VIRTUAL : WALL;
    }
}
