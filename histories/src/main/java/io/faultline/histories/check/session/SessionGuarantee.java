package io.faultline.histories.check.session;

/**
 * Terry et al.'s four session guarantees (PDIS 1994), as black-box properties of a history. Sessions are
 * processes: a process that crashed (ended in {@code info}) is retired, and its successor is a new session.
 * "Known to precede" is the order of {@link VersionGraph}. Each guarantee is also the name of its checker and of
 * its anomalies.
 */
public enum SessionGuarantee {
    /** After a session writes w to k, its later reads of k return no version known to precede w (nor nil). */
    READ_YOUR_WRITES("read-your-writes"),
    /** A session's later read of k returns no version known to precede what an earlier read of k returned. */
    MONOTONIC_READS("monotonic-reads"),
    /**
     * If a session observes w2, written by a session that had written w1 to k before, its later reads of k
     * return no version known to precede w1 (nor w1 itself when w2 is also of k: it would be w2 overwritten by
     * its predecessor).
     */
    MONOTONIC_WRITES("monotonic-writes"),
    /**
     * If a session observes w2, written by a session that had read w1 of k before, its later reads of k return no
     * version known to precede w1.
     */
    WRITES_FOLLOW_READS("writes-follow-reads");

    private final String checkerName;

    SessionGuarantee(String checkerName) {
        this.checkerName = checkerName;
    }

    /** The checker's name and the anomalies' kind: {@code read-your-writes}, … */
    public String checkerName() {
        return checkerName;
    }
}
