package io.faultline.histories.render;

/**
 * Limits and sizes for the HTML timelines. The limits are what keep a page small and quick whatever the size of
 * the history: at most {@code maxCalls} bars are drawn, and no user value is shown longer than
 * {@code maxTextChars}.
 *
 * @param maxCalls     the most calls drawn; the rest are left out, and the page says how many
 * @param maxTextChars the longest user text shown (a value, a key, a state), tooltips included
 * @param slotWidthPx  horizontal room for each distinct history position on the axis
 */
public record RenderOptions(int maxCalls, int maxTextChars, int slotWidthPx) {

    public RenderOptions {
        requireAtLeast(maxCalls, 1, "maxCalls");
        requireAtLeast(maxTextChars, 8, "maxTextChars");
        requireAtLeast(slotWidthPx, 8, "slotWidthPx");
    }

    /** 400 calls, 160 characters, 40 px per position: a counterexample page of a few hundred kilobytes at most. */
    public static RenderOptions defaults() {
        return new RenderOptions(400, 160, 40);
    }

    public RenderOptions withMaxCalls(int calls) {
        return new RenderOptions(calls, maxTextChars, slotWidthPx);
    }

    public RenderOptions withMaxTextChars(int chars) {
        return new RenderOptions(maxCalls, chars, slotWidthPx);
    }

    public RenderOptions withSlotWidthPx(int px) {
        return new RenderOptions(maxCalls, maxTextChars, px);
    }

    private static void requireAtLeast(int value, int least, String name) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
        }
    }
}
