package io.faultline.report;

import io.faultline.histories.render.Palette;

/** The report's inline stylesheet: the same palette as the counterexample pages, so the two read as one. */
final class ReportStyle {
    private ReportStyle() {
    }

    static final String CSS = Palette.CSS + """
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--page); color: var(--ink);
              font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
            header, nav, main { max-width: 1200px; margin: 0 auto; }
            header { padding: 22px 28px 10px; }
            .title { display: flex; align-items: center; gap: 14px; }
            h1 { font-size: 22px; margin: 0; word-break: break-all; }
            h2 { font-size: 17px; margin: 0 0 10px; }
            .consistency { margin: 6px 0 2px; font-size: 15px; }
            .meta { margin: 0; color: var(--muted); }
            .callout { margin: 12px 0 0; padding: 10px 14px; background: #fff1f0; border: 1px solid #f3b7b1;
              border-radius: 8px; }
            nav { display: flex; gap: 4px; padding: 6px 24px; position: sticky; top: 0; z-index: 2;
              background: rgba(245, 246, 248, 0.95); border-bottom: 1px solid var(--line); }
            nav a { padding: 4px 10px; border-radius: 6px; color: var(--badge); text-decoration: none; }
            nav a:hover { background: #e6eaf2; }
            main { padding: 8px 28px 40px; }
            section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px;
              margin: 16px 0; scroll-margin-top: 50px; }
            a { color: var(--link); }
            code, pre, svg text { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono",
              monospace; }
            code { font-size: 12.5px; background: var(--code-bg); padding: 1px 6px; border-radius: 4px; }
            code.cannot { background: var(--cannot-bg); color: var(--cannot-ink); }
            .pill { display: inline-block; padding: 1px 10px; border-radius: 10px; font-size: 12px; font-weight: 700;
              text-transform: uppercase; letter-spacing: 0.04em; color: #fff; }
            .pill.valid { background: var(--valid); }
            .pill.invalid { background: var(--invalid); }
            .pill.unknown { background: var(--unknown); }
            table { border-collapse: collapse; width: 100%; }
            th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12.5px;
              border-bottom: 1px solid var(--line); padding: 6px 8px; }
            td { padding: 6px 8px; border-bottom: 1px solid var(--code-bg); vertical-align: top; }
            table.checks td.name { font-weight: 600; white-space: nowrap; }
            tr.anomalies td { border-bottom: 1px solid var(--line); padding-top: 0; }
            .anomaly-list { margin: 4px 0 0; padding-left: 18px; }
            .anomaly-list li { margin: 2px 0; }
            .kind { display: inline-block; font-size: 11.5px; padding: 0 6px; border-radius: 4px;
              background: var(--cannot-bg); color: var(--cannot-ink); font-weight: 600; }
            summary { cursor: pointer; color: var(--ink-2); }
            table.numbers td, table.numbers th { text-align: right; font-variant-numeric: tabular-nums; }
            table.numbers td:first-child, table.numbers th:first-child { text-align: left; font-weight: 600; }
            tr.total td { border-top: 1px solid var(--line); font-weight: 600; }
            .lead, .note { color: var(--ink-2); margin: 0 0 8px; }
            .note { font-size: 12.5px; margin-top: 8px; }
            .notice { display: inline-block; margin: 0 0 10px; padding: 5px 10px; border-radius: 6px;
              background: var(--notice-bg); border: 1px solid var(--notice-line); }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 18px; margin: 0 0 12px; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; word-break: break-word; }
            .replay { margin: 0 0 14px; }
            .replay-head { display: flex; justify-content: space-between; align-items: center; color: var(--muted);
              margin-bottom: 4px; }
            .replay button { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid var(--line);
              border-radius: 6px; background: #fff; cursor: pointer; }
            pre { margin: 0; padding: 10px 12px; background: var(--ink); color: #e8ecf3; border-radius: 6px;
              white-space: pre-wrap; word-break: break-all; font-size: 12.5px; }
            .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12.5px; color: var(--ink-2); margin: 8px 0; }
            .legend .entry { display: inline-flex; align-items: center; gap: 6px; }
            .legend .hint { color: var(--muted); font-style: italic; }
            .sw { display: inline-block; width: 22px; height: 11px; border-radius: 3px; border: 1.5px solid; }
            .sw.ok { background: var(--ok-bg); border-color: var(--ok); }
            .sw.fail { background: var(--fail-bg); border-color: var(--fail); }
            .sw.info { background: var(--info-bg); border-color: var(--info); }
            .sw.cx { background: #fff; border: 2.5px solid var(--badge); }
            .sw.cannot { background: #fff; border: 3px solid var(--red); }
            .sw.anomalous { background: #fff; border: 2px dotted #c0392b; }
            .sw.fault { border-width: 1px; }
            .sw.fault.net { background: rgba(123, 97, 255, 0.16); border-color: var(--net); }
            .sw.fault.crash { background: rgba(224, 83, 61, 0.16); border-color: var(--crash); }
            .sw.fault.pause { background: rgba(31, 143, 179, 0.16); border-color: var(--pause); }
            .sw.fault.other { background: rgba(107, 115, 133, 0.16); border-color: var(--other); }
            .shape { color: var(--ink-2); font-size: 12px; }
            .frame { display: flex; align-items: flex-start; border: 1px solid var(--line); border-radius: 8px;
              overflow: hidden; }
            .frame svg.gutter { flex: none; border-right: 1px solid var(--line); }
            .scroll { flex: 1; overflow-x: auto; }
            svg { display: block; }
            svg text { font-size: 11px; }
            .lane { fill: #fff; }
            .lane.odd { fill: var(--lane-odd); }
            .lane-label { text-anchor: end; fill: var(--ink-2); font-weight: 600; }
            .tick { fill: var(--tick); font-size: 10.5px; }
            .tick.x { text-anchor: middle; }
            .tick.y { text-anchor: end; }
            .caption { fill: var(--muted); font-size: 11px; }
            .caption.x { text-anchor: end; }
            .caption.y { text-anchor: middle; }
            .grid { stroke: var(--grid); }
            .axis { stroke: var(--axis); }
            .fault .band { fill-opacity: 0.1; }
            .fault .instant { stroke-dasharray: 3 3; stroke-opacity: 0.7; }
            .fault.net .band, .fault.net .instant { fill: var(--net); stroke: var(--net); }
            .fault.crash .band, .fault.crash .instant { fill: var(--crash); stroke: var(--crash); }
            .fault.pause .band, .fault.pause .instant { fill: var(--pause); stroke: var(--pause); }
            .fault.other .band, .fault.other .instant { fill: var(--other); stroke: var(--other); }
            .fault .band { stroke: none; }
            .op .bar { stroke-width: 1; rx: 2px; }
            .op.ok .bar { fill: var(--ok-bg); stroke: var(--ok); }
            .op.fail .bar { fill: var(--fail-bg); stroke: var(--fail); }
            .op.unknown .bar { fill: var(--info-bg); stroke: var(--info); stroke-dasharray: 4 2; }
            .op.anomalous .bar { stroke: #c0392b; stroke-dasharray: 2 1.5; }
            .op.cx .bar { stroke: var(--badge); stroke-width: 2.5; stroke-dasharray: none; }
            .op.cannot .bar { stroke: var(--red); stroke-width: 3.5; }
            .op.hl .bar { stroke: #ff8c00; stroke-width: 3.5; filter: drop-shadow(0 0 3px #ff8c00); }
            .op:hover .bar { stroke-width: 3; }
            .close-up .op:not(.cx) { opacity: 0.4; }
            .op .label { fill: var(--ink); font-size: 11.5px; pointer-events: none; }
            .op.fail .label { fill: var(--muted); text-decoration: line-through; }
            .cannot-label { fill: var(--red); font-size: 10.5px; font-weight: 700; }
            .pt { stroke-width: 1; fill-opacity: 0.75; }
            .pt.ok { fill: var(--ok); stroke: #2f6b45; }
            .pt.fail { fill: var(--fail); stroke: var(--muted); }
            .pt.unknown { fill: var(--info); stroke: #8a5f00; }
            .tp.ok { fill: var(--ok); }
            .tp.fail { fill: var(--fail); }
            .tp.unknown, .tp.info { fill: var(--info); }
            .files a { margin-right: 10px; }
            .cx-span { fill: var(--red); }
            .cx-mark-label { fill: var(--red); font-size: 10.5px; font-weight: 700; }
            .cx-mark:hover .cx-mark-label { text-decoration: underline; }
            """;
}
