package io.faultline.experiment.chord;

/**
 * The outcomes of lookups after failures. A lookup of key k <em>succeeds</em> when it answers with the node that
 * owned k before the failures and that node is alive; it <em>fails</em> otherwise, either because that owner is
 * dead ({@link #ownerFailed}: the paper's definition, §6.4) or because the lookup went wrong although the owner
 * lives: it gave up ({@link #gaveUp}: an error or no answer, typically its {@code max-lookup-steps} ran out) or
 * named another node ({@link #wrongNode}).
 */
final class FailedLookupCounts {

    long lookups;
    long ownerFailed;
    long gaveUp;
    long wrongNode;
    long foundLiveOwner;
    long hops;
    long answered;
    long latencyNanos;

    double failedFraction() {
        return fraction(ownerFailed + gaveUp + wrongNode);
    }

    double fraction(long count) {
        return lookups == 0 ? 0 : (double) count / lookups;
    }

    double meanHops() {
        return answered == 0 ? 0 : (double) hops / answered;
    }

    double meanLatencyMillis() {
        return lookups == 0 ? 0 : latencyNanos / 1e6 / lookups;
    }
}
