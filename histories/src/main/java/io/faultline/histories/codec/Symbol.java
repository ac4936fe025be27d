package io.faultline.histories.codec;

/**
 * An EDN symbol other than {@code nil}, {@code true} and {@code false}, as the EDN reader returns it.
 *
 * @param name the symbol as written
 */
record Symbol(String name) {
    @Override
    public String toString() {
        return name;
    }
}
