package io.faultline.report;

/**
 * The report's one inline script. Everything on the page is drawn without it; it only adds behaviour: a link to
 * an anomaly's lines or to the counterexample highlights those calls and scrolls to them, the close-up opens
 * scrolled to the call that cannot be placed, and the replay command can be copied. A script error is recorded in
 * {@code data-js-errors} on the body, so a test without DevTools can still see it.
 */
final class ReportScript {
    private ReportScript() {
    }

    static final String JS = """
            (function () {
              "use strict";
              var errors = [];
              window.addEventListener("error", function (e) {
                errors.push(String(e.message));
                document.body.setAttribute("data-js-errors", errors.join(" | "));
              });
              function each(selector, action) {
                Array.prototype.forEach.call(document.querySelectorAll(selector), action);
              }
              function clearHighlight() {
                each(".hl", function (el) { el.classList.remove("hl"); });
              }
              function reveal(bar) {
                var scroller = bar.closest(".scroll");
                var box = bar.getBBox();
                if (scroller) { scroller.scrollLeft = Math.max(0, box.x - scroller.clientWidth / 2); }
              }
              function highlightLines(lines) {
                clearHighlight();
                var first = null;
                lines.forEach(function (line) {
                  each('.op[data-line="' + line + '"], .op[data-end="' + line + '"]', function (bar) {
                    bar.classList.add("hl");
                    if (!first && bar.closest(".overview")) { first = bar; }
                  });
                });
                return first;
              }
              function showCounterexample() {
                clearHighlight();
                each(".op.cx", function (bar) { bar.classList.add("hl"); });
                var cannot = document.querySelector(".close-up .op.cannot");
                if (cannot) { reveal(cannot); }
              }
              each("a.lines", function (link) {
                link.addEventListener("click", function (event) {
                  event.preventDefault();
                  var first = highlightLines(link.getAttribute("data-lines").split(" "));
                  document.getElementById("timeline").scrollIntoView({ block: "start" });
                  if (first) { reveal(first); }
                });
              });
              each("a.cx-link", function (link) {
                link.addEventListener("click", function () { showCounterexample(); });
              });
              var copy = document.getElementById("copy");
              if (copy) {
                copy.addEventListener("click", function () {
                  var text = document.getElementById("reproduce").textContent;
                  if (navigator.clipboard && window.isSecureContext) {
                    navigator.clipboard.writeText(text).then(function () { copy.textContent = "copied"; },
                      function () { copy.textContent = "select and copy"; });
                  } else {
                    var range = document.createRange();
                    range.selectNodeContents(document.getElementById("reproduce"));
                    window.getSelection().removeAllRanges();
                    window.getSelection().addRange(range);
                    copy.textContent = "selected";
                  }
                });
              }
              var cannot = document.querySelector(".close-up .op.cannot");
              if (cannot) { reveal(cannot); }
              if (location.hash === "#counterexample") { showCounterexample(); }
              document.body.setAttribute("data-ready", "true");
            })();
            """;
}
