package io.faultline.histories.codec;

/**
 * An EDN keyword as the EDN reader returns it, kept apart from strings so that text such as an {@code :error}
 * vector can be printed back as written. Op fields get plain strings: {@code :timed-out} becomes
 * {@code "timed-out"}.
 *
 * @param name the name without the colon, namespace included ({@code jepsen/info})
 */
record Keyword(String name) {
    @Override
    public String toString() {
        return ":" + name;
    }
}
