/**
 * The checks weaker than linearizability, run together: {@link io.faultline.histories.check.weak.Checkers} lists
 * and runs them, {@link io.faultline.histories.check.weak.ConsistencySummary} names the strongest model a history
 * satisfies. Each check lives in its own package ({@code check.sequential}, {@code check.session},
 * {@code check.convergence}, {@code check.staleread}); only this one knows them all.
 */
package io.faultline.histories.check.weak;
