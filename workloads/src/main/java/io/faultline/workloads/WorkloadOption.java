package io.faultline.workloads;

/**
 * One option a workload understands, for help text and for rejecting misspelt options.
 *
 * @param name         kebab-case, as given on the command line: {@code zipf-exponent}
 * @param defaultValue the value used when it is not given, as text
 * @param description  one line
 */
public record WorkloadOption(String name, String defaultValue, String description) {
}
