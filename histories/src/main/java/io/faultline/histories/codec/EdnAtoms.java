package io.faultline.histories.codec;

import io.faultline.histories.Excerpt;
/** Reads EDN's scalar values: strings, characters, keywords, symbols and numbers. */
final class EdnAtoms {
    private final EdnScanner in;
    private final StringBuilder text = new StringBuilder();

    EdnAtoms(EdnScanner in) {
        this.in = in;
    }

    /** The characters up to the next delimiter (whitespace, comma, bracket, quote, comment), consumed. */
    String token() {
        return in.token();
    }

    static boolean isDelimiter(int c) {
        return switch (c) {
            case EdnScanner.END, ',', '(', ')', '[', ']', '{', '}', '"', ';' -> true;
            default -> Character.isWhitespace(c);
        };
    }

    String string() {
        long line = in.line();
        int column = in.column();
        in.read();
        text.setLength(0);
        for (int c = in.read(); c != '"'; c = in.read()) {
            if (c == EdnScanner.END) {
                throw in.errorAt(line, column, "unterminated string");
            }
            text.append(c == '\\' ? escape() : (char) c);
        }
        return text.toString();
    }

    private char escape() {
        long line = in.line();
        int column = in.column();
        int c = in.read();
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case '"', '\\' -> (char) c;
            case 'u' -> hexChar(line, column);
            case EdnScanner.END -> throw in.errorAt(line, column, "unterminated string");
            default -> throw in.errorAt(line, column, "unknown escape \\" + Excerpt.of(c) + " in a string");
        };
    }

    private char hexChar(long line, int column) {
        StringBuilder hex = new StringBuilder(4);
        for (int i = 0; i < 4 && in.peek() != EdnScanner.END; i++) {
            hex.append((char) in.read());
        }
        int code = hex4(hex);
        if (code < 0) {
            throw in.errorAt(line, column, "bad unicode escape \\u" + Excerpt.of(hex));
        }
        return (char) code;
    }

    /** The value of exactly four hex digits, or -1: Integer.parseInt would also take a sign or other digits. */
    static int hex4(CharSequence digits) {
        int code = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), 16);
            if (digit < 0 || digits.charAt(i) > 'f') {
                return -1;
            }
            code = code * 16 + digit;
        }
        return digits.length() == 4 ? code : -1;
    }

    Keyword keyword() {
        long line = in.line();
        int column = in.column();
        in.read();
        String name = token();
        if (name.isEmpty()) {
            throw in.errorAt(line, column, "a keyword needs a name after the colon");
        }
        return new Keyword(name);
    }

    /** {@code \a}, {@code \newline}, {@code \u00e9}: the character after the backslash is taken even if special. */
    Character character() {
        long line = in.line();
        int column = in.column();
        in.read();
        int first = in.read();
        if (first == EdnScanner.END) {
            throw in.errorAt(line, column, "a character literal needs a character after the backslash");
        }
        String name = (char) first + token();
        return switch (name) {
            case "newline" -> '\n';
            case "space" -> ' ';
            case "tab" -> '\t';
            case "return" -> '\r';
            case "formfeed" -> '\f';
            case "backspace" -> '\b';
            default -> namedOrUnicode(name, line, column);
        };
    }

    private Character namedOrUnicode(String name, long line, int column) {
        if (name.length() == 1) {
            return name.charAt(0);
        }
        if (name.length() == 5 && name.charAt(0) == 'u') {
            int code = hex4(name.substring(1));
            if (code < 0) {
                throw in.errorAt(line, column, "bad unicode character \\" + Excerpt.of(name));
            }
            return (char) code;
        }
        throw in.errorAt(line, column, "unknown character \\" + Excerpt.of(name));
    }

    /** After {@code ##}: {@code Inf}, {@code -Inf} or {@code NaN}. */
    Double symbolicValue(long line, int column) {
        String name = token();
        return switch (name) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> throw in.errorAt(line, column, "unknown symbolic value ##" + Excerpt.of(name));
        };
    }

    /** A number when the token starts with a digit (after an optional sign), otherwise nil, a boolean or a symbol. */
    Object numberOrSymbol() {
        long line = in.line();
        int column = in.column();
        int c = in.peek();
        boolean numeric = isAsciiDigit(c) || ((c == '+' || c == '-') && isAsciiDigit(in.peekSecond()));
        String token = token();
        if (numeric) {
            Number n = EdnNumbers.parse(token);
            if (n == null) {
                throw in.errorAt(line, column, "invalid number " + Excerpt.of(token));
            }
            return n;
        }
        return switch (token) {
            case "nil" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> new Symbol(token);
        };
    }

    /** EDN's digits are 0-9; Character.isDigit would also take other scripts' digits, which Clojure does not. */
    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
