package io.faultline.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses memory sizes like the JVM's {@code -Xmx}: {@code 512m}, {@code 2g}, {@code 64k}, {@code 1048576}. */
final class ByteSizes implements ITypeConverter<Long> {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*([kmg]?)b?");

    @Override
    public Long convert(String text) {
        return parse(text);
    }

    static long parse(String text) {
        Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + text + "' is not a size; write it like 512m or 2g");
        }
        long unit = switch (m.group(2)) {
            case "k" -> 1L << 10;
            case "m" -> 1L << 20;
            case "g" -> 1L << 30;
            default -> 1;
        };
        return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    }
}
