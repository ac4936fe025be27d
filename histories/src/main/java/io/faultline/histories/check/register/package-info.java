/**
 * The register vocabulary the weaker checks share: which calls read and write
 * ({@link io.faultline.histories.check.register.RegisterCalls}), who wrote each value
 * ({@link io.faultline.histories.check.register.WriteIndex},
 * {@link io.faultline.histories.check.register.ValueSource}),
 * the reads no store could return ({@link io.faultline.histories.check.register.ReadValidity}), and what the checks
 * take from the model ({@link io.faultline.histories.check.register.Conventions}). It knows no checker.
 */
package io.faultline.histories.check.register;
