package io.faultline.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses durations the way people type them: {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 1.5s}. */
final class Durations implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s|m|h)");

    @Override
    public Duration convert(String text) {
        return parse(text);
    }

    static Duration parse(String text) {
        Matcher m = FORM.matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + text + "' is not a duration; write it like 30s, 500ms, 2m or 1h");
        }
        double amount = Double.parseDouble(m.group(1));
        double nanosPerUnit = switch (m.group(2)) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
        return Duration.ofNanos(Math.round(amount * nanosPerUnit));
    }
}
