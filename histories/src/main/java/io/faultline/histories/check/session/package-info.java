/**
 * Terry et al.'s session guarantees on register histories:
 * {@link io.faultline.histories.check.session.SessionGuaranteesChecker} decides whether they hold together and
 * which rule each offending read breaks. The versions of each key and their "known before" order live here too,
 * since only this check uses them.
 */
package io.faultline.histories.check.session;
