package io.faultline.experiment;

/**
 * One integer size option of an experiment ({@code --nodes}, {@code --keys}, …) and the values it accepts.
 *
 * @param name         the option's name without dashes
 * @param defaultValue the value the published figure used, where the machine allows it
 * @param min          the smallest accepted value
 * @param max          the largest accepted value
 * @param meaning      what it sets, for error messages and help
 */
public record SizeOption(String name, long defaultValue, long min, long max, String meaning) {

    public SizeOption {
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("bad bounds for --" + name + ": " + min + " ≤ " + defaultValue + " ≤ " + max);
        }
    }

    /** @throws ExperimentException naming the option, its bounds and what to use instead */
    public long check(long value) {
        if (value < min || value > max) {
            throw new ExperimentException("--" + name + " (" + meaning + ") must be between " + min + " and " + max
                    + ", not " + value);
        }
        return value;
    }
}
