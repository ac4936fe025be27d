package io.faultline.histories.render;

/** The inline stylesheet of the timeline pages: no {@code <} or {@code &} in it, so the page stays valid XML. */
final class PageStyle {
    private PageStyle() {
    }

    static final String CSS = Palette.CSS + """
            body { margin: 0; background: var(--page); color: var(--ink);
              font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
            header { padding: 16px 24px 12px; background: #fff; border-bottom: 1px solid var(--line); }
            h1 { font-size: 19px; margin: 0 0 2px; }
            .verdict { margin: 0 0 10px; color: var(--ink-2); }
            .verdict strong { color: #b42318; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 10px; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; }
            code, pre, svg text {
              font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
            code { font-size: 12.5px; background: var(--code-bg); padding: 1px 6px; border-radius: 4px; }
            code.cannot { background: var(--cannot-bg); color: var(--cannot-ink); }
            .notice { display: inline-block; margin: 0 0 10px; padding: 5px 10px; border-radius: 6px;
              background: var(--notice-bg); border: 1px solid var(--notice-line); }
            .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 12.5px; color: var(--ink-2); }
            .legend .entry { display: inline-flex; align-items: center; gap: 6px; }
            .sw { display: inline-block; width: 26px; height: 12px; border-radius: 3px; border: 1.5px solid; }
            .sw.ok { background: var(--ok-bg); border-color: var(--ok); }
            .sw.fail { background: var(--fail-bg); border-color: var(--fail); }
            .sw.unknown { background: linear-gradient(90deg, var(--info-bg), #fffaf0); border-color: var(--info);
              border-style: dashed; }
            .sw.cannot { background: #fff; border: 3px solid var(--red); }
            .sw.fault { background: rgba(123, 97, 255, 0.14); border-color: rgba(123, 97, 255, 0.4); }
            .sw.fault.crash { background: rgba(224, 83, 61, 0.14); border-color: rgba(224, 83, 61, 0.45); }
            .sw.fault.pause { background: rgba(31, 143, 179, 0.14); border-color: rgba(31, 143, 179, 0.45); }
            .pill { display: inline-block; min-width: 10px; padding: 0 5px; border-radius: 8px; background: var(--badge);
              color: #fff; font-size: 10.5px; font-weight: bold; text-align: center; }
            .dots { font-weight: bold; color: var(--tick); }
            main { padding: 14px 24px 24px; }
            .frame { display: flex; align-items: flex-start; background: #fff; border: 1px solid var(--line);
              border-radius: 8px; overflow: hidden; }
            .scroll { flex: 1; overflow-x: auto; }
            svg.timeline, svg.gutter { display: block; }
            svg.gutter { flex: none; border-right: 1px solid var(--line); }
            svg text { font-size: 12px; }
            .lane { fill: #fff; }
            .lane.odd { fill: var(--lane-odd); }
            .lane-label { text-anchor: end; fill: var(--ink-2); font-weight: bold; }
            .tick { text-anchor: middle; fill: var(--tick); font-size: 10.5px; }
            .axis-caption { text-anchor: end; fill: var(--tick); font-size: 10.5px; font-style: italic; }
            .grid { stroke: var(--grid); }
            .gap { stroke: var(--axis); stroke-dasharray: 3 3; }
            .gap-label { text-anchor: middle; fill: var(--muted); font-weight: bold; }
            .call .bar { stroke-width: 1.5; }
            .call.ok .bar { fill: var(--ok-bg); stroke: var(--ok); }
            .call.fail .bar { fill: var(--fail-bg); stroke: var(--fail); }
            .call.fail .op { fill: var(--muted); text-decoration: line-through; }
            .call.unknown .bar { fill: var(--info-bg); stroke: var(--info); }
            .call.unknown .bar.maybe { fill: url(#fade); stroke-dasharray: 4 3; }
            .fade-from { stop-color: var(--info-bg); stop-opacity: 1; }
            .fade-to { stop-color: var(--info-bg); stop-opacity: 0.1; }
            .q { text-anchor: middle; fill: #b07a09; font-weight: bold; }
            .op { fill: var(--ink); }
            .badge { fill: var(--badge); }
            .num { text-anchor: middle; fill: #fff; font-size: 10.5px; font-weight: bold; }
            .call.cannot .bar { stroke: var(--red); stroke-width: 3; }
            .cannot-label { fill: var(--red); font-size: 10.5px; font-weight: bold; }
            .call:hover .bar { stroke-width: 2.5; }
            .scroll.cx .call:not(.placed):not(.cannot) { opacity: 0.6; }
            .call.cannot:hover .bar { stroke-width: 4; }
            .band { fill-opacity: 0.08; stroke-opacity: 0.4; }
            .instant { stroke-opacity: 0.6; stroke-dasharray: 2 2; }
            .band-label { font-size: 11px; }
            .band.net, .instant.net { fill: var(--net); stroke: var(--net); }
            .band.crash, .instant.crash { fill: var(--crash); stroke: var(--crash); }
            .band.pause, .instant.pause { fill: var(--pause); stroke: var(--pause); }
            .band.other, .instant.other { fill: var(--muted); stroke: var(--muted); }
            .band-mark.net .range { fill: var(--net); }
            .band-mark.crash .range { fill: var(--crash); }
            .band-mark.pause .range { fill: var(--pause); }
            .band-mark.other .range { fill: var(--muted); }
            .band-mark.net .band-label { fill: #5a45c9; }
            .band-mark.crash .band-label { fill: #b8321f; }
            .band-mark.pause .band-label { fill: #176e8a; }
            .band-mark.other .band-label { fill: var(--ink-2); }
            details { margin-top: 14px; }
            summary { cursor: pointer; color: var(--ink-2); }
            pre { margin: 8px 0 0; padding: 10px 12px; background: #fff; border: 1px solid var(--line); border-radius: 6px;
              overflow-x: auto; font-size: 12.5px; }
            """;
}
