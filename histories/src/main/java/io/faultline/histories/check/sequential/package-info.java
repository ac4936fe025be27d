/**
 * Sequential consistency: {@link io.faultline.histories.check.sequential.SequentialChecker} searches for one
 * total order of the calls that keeps each process's program order and that the model accepts. The rest of the
 * package is that search (its phases, frontier, memo and moves).
 */
package io.faultline.histories.check.sequential;
