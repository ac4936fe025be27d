/**
 * Eventual consistency as a history can show it: {@link io.faultline.histories.check.convergence.ConvergenceChecker}
 * judges each key's final reads (registers converge, sets keep every acknowledged add).
 */
package io.faultline.histories.check.convergence;
