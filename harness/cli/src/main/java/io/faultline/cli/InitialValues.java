package io.faultline.cli;

/** Reads {@code --initial-value}: {@code nil} is nil, integers are numbers, anything else is a string. */
final class InitialValues {
    private InitialValues() {
    }

    static Object parse(String text) {
        if (text == null || text.equals("nil") || text.equals("null")) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
