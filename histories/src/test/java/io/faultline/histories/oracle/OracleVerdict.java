package io.faultline.histories.oracle;

/**
 * An oracle's answer. {@code AMBIGUOUS} is for histories an oracle defines no answer for because the checkers
 * under test are documented to answer UNKNOWN there (values written more than once, no final-read phase).
 */
public enum OracleVerdict { VALID, INVALID, AMBIGUOUS }
