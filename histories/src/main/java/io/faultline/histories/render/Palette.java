package io.faultline.histories.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The colours every Faultline page shares, as CSS custom properties: a timeline, a counterexample, a run report and
 * the store browser name {@code var(--ok)} rather than a hex code, so one call colours the same on every page.
 */
public final class Palette {
    private static final Map<String, String> COLOURS = colours();

    /** The {@code :root} rule that defines every colour; put it first in a page's stylesheet. */
    public static final String CSS = COLOURS.entrySet().stream()
            .map(e -> "--" + e.getKey() + ": " + e.getValue() + ";")
            .collect(Collectors.joining(" ", ":root { ", " }\n"));

    private Palette() {
    }

    private static Map<String, String> colours() {
        Map<String, String> c = new LinkedHashMap<>();
        // a call's outcome: ok green, fail grey, unknown (info) amber; a call that cannot be placed red
        c.put("ok", "#4f9a6a");
        c.put("ok-bg", "#d9efe1");
        c.put("fail", "#9aa1ad");
        c.put("fail-bg", "#eceef1");
        c.put("info", "#d19a1e");
        c.put("info-bg", "#fbeccb");
        c.put("red", "#d62828");
        c.put("cannot-bg", "#fde8e8");
        c.put("cannot-ink", "#a61b1b");
        // a fault's kind
        c.put("net", "#7b61ff");
        c.put("crash", "#e0533d");
        c.put("pause", "#1f8fb3");
        c.put("other", "#6b7385");
        // a verdict's pill
        c.put("valid", "#2e8b57");
        c.put("invalid", "#c62828");
        c.put("unknown", "#b7791f");
        // the page itself
        c.put("ink", "#1d2330");
        c.put("ink-2", "#4a5263");
        c.put("muted", "#6b7385");
        c.put("tick", "#8a91a0");
        c.put("page", "#f5f6f8");
        c.put("line", "#e1e4ea");
        c.put("grid", "#eceef2");
        c.put("axis", "#b9bfcb");
        c.put("lane-odd", "#f7f8fa");
        c.put("code-bg", "#f0f2f5");
        c.put("badge", "#2f4b7c");
        c.put("link", "#2f5fb3");
        c.put("notice-bg", "#fff6e0");
        c.put("notice-line", "#f0d58c");
        return c;
    }

}
