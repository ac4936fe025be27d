package io.faultline.nemesis;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The options typed after a nemesis's name, {@code name:key=value:key=value} ({@code fail-fraction:p=0.3}).
 * Colons, not commas, separate them, because commas already separate nemeses.
 *
 * @param nemesis the nemesis's name
 * @param values  the options by name
 */
public record NemesisOptions(String nemesis, SortedMap<String, String> values) {

    public NemesisOptions {
        values = new TreeMap<>(values);
    }

    /** Splits {@code name:key=value:…}; a bare name has no options. */
    public static NemesisOptions parse(String typed) {
        String[] parts = typed.split(":");
        SortedMap<String, String> values = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("nemesis option '" + parts[i] + "' in '" + typed
                        + "' must be key=value, as in fail-fraction:p=0.3");
            }
            values.put(parts[i].substring(0, eq).trim(), parts[i].substring(eq + 1).trim());
        }
        return new NemesisOptions(parts[0].trim(), values);
    }

    /** No options. */
    public static NemesisOptions none(String nemesis) {
        return new NemesisOptions(nemesis, new TreeMap<>());
    }

    /** Fails, naming the options the nemesis has, if an option outside {@code known} was given. */
    public void requireKnown(String name, String... known) {
        Set<String> allowed = Set.of(known);
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("nemesis " + name + " has no option '" + key + "'; it has "
                        + (known.length == 0 ? "none" : String.join(", ", new TreeSet<>(allowed))));
            }
        }
    }

    /** A number option within [min, max], or {@code defaultValue} when not given. */
    public double number(String key, double defaultValue, double min, double max) {
        String text = values.get(key);
        if (text == null) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new IllegalArgumentException("nemesis option " + nemesis + ":" + key + " must be a number from " + min
                + " to " + max + ", not '" + text + "'");
    }

    /** A word option, one of {@code allowed}, or {@code defaultValue} when not given. */
    public String choice(String key, String defaultValue, List<String> allowed) {
        String text = values.getOrDefault(key, defaultValue);
        if (!allowed.contains(text)) {
            throw new IllegalArgumentException("nemesis option " + nemesis + ":" + key + " must be one of "
                    + String.join(", ", allowed) + ", not '" + text + "'");
        }
        return text;
    }
}
