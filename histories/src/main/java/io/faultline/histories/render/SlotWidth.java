package io.faultline.histories.render;

import io.faultline.histories.Call;

/**
 * How wide each axis slot is. A bar covers as many slots as history positions it spans, so a short call between
 * two adjacent lines gets only two slots; slots widen until every label fits, counting at most
 * {@value #FITTED_CHARS} characters of each (longer ones are cut, and whole in the tooltip), and at most
 * {@value #MAX_FACTOR} times the configured width, beyond which a page grows too wide to scan.
 */
final class SlotWidth {
    private static final int MAX_FACTOR = 3;
    /** A read or write of a small value fits in this; one huge value must not stretch the whole page. */
    private static final int FITTED_CHARS = 24;

    private SlotWidth() {
    }

    /** The slot width for drawing {@code timeline} on an axis over {@code positions}. */
    static double fit(Timeline timeline, long[] positions, RenderOptions options) {
        double min = options.slotWidthPx();
        double widest = timeline.calls().stream().filter(c -> !c.isUnknown())
                .mapToDouble(c -> perSlot(c, timeline, positions, options)).max().orElse(min);
        return Math.min(min * MAX_FACTOR, Math.max(min, widest));
    }

    /** The slot width at which this call's label, up to {@value #FITTED_CHARS} characters, fits in its bar. */
    private static double perSlot(Call call, Timeline timeline, long[] positions, RenderOptions options) {
        int slots = Axis.span(positions, call.invokeIndex(), call.completeIndex());
        int order = timeline.orderOf().applyAsInt(call.id());
        return CallBar.neededPx(call, order, Math.min(FITTED_CHARS, options.maxTextChars())) / slots;
    }
}
