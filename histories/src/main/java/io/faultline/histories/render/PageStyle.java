package io.faultline.histories.render;

/** The inline stylesheet of the timeline pages: no {@code <} or {@code &} in it, so the page stays valid XML. */
final class PageStyle {
    private PageStyle() {
    }

    static final String CSS = """
            body { margin: 0; background: #f5f6f8; color: #1d2330;
              font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
            header { padding: 16px 24px 12px; background: #fff; border-bottom: 1px solid #e1e4ea; }
            h1 { font-size: 19px; margin: 0 0 2px; }
            .verdict { margin: 0 0 10px; color: #4a5263; }
            .verdict strong { color: #b42318; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 10px; }
            dl.facts dt { color: #6b7385; }
            dl.facts dd { margin: 0; }
            code, pre, svg text {
              font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
            code { font-size: 12.5px; background: #f0f2f5; padding: 1px 6px; border-radius: 4px; }
            code.cannot { background: #fde8e8; color: #a61b1b; }
            .notice { display: inline-block; margin: 0 0 10px; padding: 5px 10px; border-radius: 6px;
              background: #fff6e0; border: 1px solid #f0d58c; }
            .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 12.5px; color: #4a5263; }
            .legend .entry { display: inline-flex; align-items: center; gap: 6px; }
            .sw { display: inline-block; width: 26px; height: 12px; border-radius: 3px; border: 1.5px solid; }
            .sw.ok { background: #d9efe1; border-color: #4f9a6a; }
            .sw.fail { background: #eceef1; border-color: #9aa1ad; }
            .sw.unknown { background: linear-gradient(90deg, #fbeccb, #fffaf0); border-color: #d19a1e;
              border-style: dashed; }
            .sw.cannot { background: #fff; border: 3px solid #d62828; }
            .sw.fault { background: rgba(123, 97, 255, 0.14); border-color: rgba(123, 97, 255, 0.4); }
            .sw.fault.crash { background: rgba(224, 83, 61, 0.14); border-color: rgba(224, 83, 61, 0.45); }
            .sw.fault.pause { background: rgba(31, 143, 179, 0.14); border-color: rgba(31, 143, 179, 0.45); }
            .pill { display: inline-block; min-width: 10px; padding: 0 5px; border-radius: 8px; background: #2f4b7c;
              color: #fff; font-size: 10.5px; font-weight: bold; text-align: center; }
            .dots { font-weight: bold; color: #8a91a0; }
            main { padding: 14px 24px 24px; }
            .frame { display: flex; align-items: flex-start; background: #fff; border: 1px solid #e1e4ea;
              border-radius: 8px; overflow: hidden; }
            .scroll { flex: 1; overflow-x: auto; }
            svg.timeline, svg.gutter { display: block; }
            svg.gutter { flex: none; border-right: 1px solid #e1e4ea; }
            svg text { font-size: 12px; }
            .lane { fill: #fff; }
            .lane.odd { fill: #f7f8fa; }
            .lane-label { text-anchor: end; fill: #4a5263; font-weight: bold; }
            .tick { text-anchor: middle; fill: #8a91a0; font-size: 10.5px; }
            .axis-caption { text-anchor: end; fill: #8a91a0; font-size: 10.5px; font-style: italic; }
            .grid { stroke: #eceef2; }
            .gap { stroke: #b9bfcb; stroke-dasharray: 3 3; }
            .gap-label { text-anchor: middle; fill: #6b7385; font-weight: bold; }
            .call .bar { stroke-width: 1.5; }
            .call.ok .bar { fill: #d9efe1; stroke: #4f9a6a; }
            .call.fail .bar { fill: #eceef1; stroke: #9aa1ad; }
            .call.fail .op { fill: #6b7385; text-decoration: line-through; }
            .call.unknown .bar { fill: #fbeccb; stroke: #d19a1e; }
            .call.unknown .bar.maybe { fill: url(#fade); stroke-dasharray: 4 3; }
            .fade-from { stop-color: #fbeccb; stop-opacity: 1; }
            .fade-to { stop-color: #fbeccb; stop-opacity: 0.1; }
            .q { text-anchor: middle; fill: #b07a09; font-weight: bold; }
            .op { fill: #1d2330; }
            .badge { fill: #2f4b7c; }
            .num { text-anchor: middle; fill: #fff; font-size: 10.5px; font-weight: bold; }
            .call.cannot .bar { stroke: #d62828; stroke-width: 3; }
            .cannot-label { fill: #d62828; font-size: 10.5px; font-weight: bold; }
            .call:hover .bar { stroke-width: 2.5; }
            .scroll.cx .call:not(.placed):not(.cannot) { opacity: 0.6; }
            .call.cannot:hover .bar { stroke-width: 4; }
            .band { fill-opacity: 0.08; stroke-opacity: 0.4; }
            .instant { stroke-opacity: 0.6; stroke-dasharray: 2 2; }
            .band-label { font-size: 11px; }
            .band.net, .instant.net { fill: #7b61ff; stroke: #7b61ff; }
            .band.crash, .instant.crash { fill: #e0533d; stroke: #e0533d; }
            .band.pause, .instant.pause { fill: #1f8fb3; stroke: #1f8fb3; }
            .band.other, .instant.other { fill: #6b7385; stroke: #6b7385; }
            .band-mark.net .range { fill: #7b61ff; }
            .band-mark.crash .range { fill: #e0533d; }
            .band-mark.pause .range { fill: #1f8fb3; }
            .band-mark.other .range { fill: #6b7385; }
            .band-mark.net .band-label { fill: #5a45c9; }
            .band-mark.crash .band-label { fill: #b8321f; }
            .band-mark.pause .band-label { fill: #176e8a; }
            .band-mark.other .band-label { fill: #4a5263; }
            details { margin-top: 14px; }
            summary { cursor: pointer; color: #4a5263; }
            pre { margin: 8px 0 0; padding: 10px 12px; background: #fff; border: 1px solid #e1e4ea; border-radius: 6px;
              overflow-x: auto; font-size: 12.5px; }
            """;
}
