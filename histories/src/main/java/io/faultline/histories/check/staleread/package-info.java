/**
 * Stale reads, measured: {@link io.faultline.histories.check.staleread.StaleReadChecker} finds reads that
 * returned a version a later acknowledged write had already replaced, with their version and time lag.
 */
package io.faultline.histories.check.staleread;
