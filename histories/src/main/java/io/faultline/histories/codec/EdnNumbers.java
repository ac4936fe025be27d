package io.faultline.histories.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * EDN number tokens: {@code 42} and {@code -7} as {@link Long} (past a long, {@link BigInteger}), {@code 42N} as
 * {@link BigInteger}, {@code 1.5} and {@code 1e3} as {@link Double}, {@code 1.5M} as {@link BigDecimal}, and
 * ratios such as {@code 1/3} as the nearest Double (histories rarely hold them, and Op values have no ratio type).
 */
final class EdnNumbers {
    private static final Pattern FLOAT = Pattern.compile("[+-]?\\d+(\\.\\d*)?([eE][+-]?\\d+)?");

    private EdnNumbers() {
    }

    /** Parses an EDN number token, or returns {@code null} when it is not one. */
    static Number parse(String token) {
        if (!token.chars().allMatch(c -> c < 0x80)) {
            return null; // Long.parseLong and BigInteger take other scripts' digits, EDN does not
        }
        try {
            if (token.endsWith("N")) {
                return new BigInteger(token.substring(0, token.length() - 1));
            }
            if (token.endsWith("M")) {
                return new BigDecimal(token.substring(0, token.length() - 1));
            }
            if (token.indexOf('/') > 0) {
                String[] parts = token.split("/", 2);
                return new BigInteger(parts[0]).doubleValue() / new BigInteger(parts[1]).doubleValue();
            }
            if (token.indexOf('.') >= 0 || token.indexOf('e') >= 0 || token.indexOf('E') >= 0) {
                return FLOAT.matcher(token).matches() ? Double.parseDouble(token) : null;
            }
            return integer(token);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Number integer(String token) {
        try {
            return Long.parseLong(token);
        } catch (NumberFormatException e) {
            return new BigInteger(token);
        }
    }
}
