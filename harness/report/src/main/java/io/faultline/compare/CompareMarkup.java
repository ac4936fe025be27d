package io.faultline.compare;

import io.faultline.histories.render.Markup;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small pieces of the comparison page: escaping, links relative to the page, numbers as people read them. */
final class CompareMarkup {

    private CompareMarkup() {
    }

    static String esc(String text) {
        return Markup.escape(text);
    }

    /**
     * {@code text} cut at {@code separator} into pieces that never break inside (a browser would break
     * {@code --seed} after its dashes, or {@code stale-read} after its hyphen), escaped, joined by the separator.
     */
    static String words(String text, String separator) {
        return Arrays.stream(text.split(Pattern.quote(separator), -1)).map(p -> "<span class=\"w\">" + esc(p) + "</span>")
                .collect(Collectors.joining(esc(separator)));
    }

    /**
     * {@code target} as a link from a page in {@code pageDir}: relative, so the store can move as a whole, with
     * forward slashes and the characters a URL path cannot hold escaped.
     */
    static String href(Path pageDir, Path target) {
        Path relative = pageDir.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize());
        String path = relative.toString().replace('\\', '/');
        return esc(path.replace("%", "%25").replace(" ", "%20").replace("#", "%23").replace("?", "%3F"));
    }

    /** Nanoseconds as milliseconds, with as many decimals as make sense at that size; a dash for none. */
    static String millis(long nanos) {
        if (nanos < 0) {
            return "—";
        }
        double ms = nanos / 1e6;
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f", ms);
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** An anchor id for a cell: {@code cell-sim-raft-partition}. */
    static String anchor(Matrix.Cell cell) {
        return ("cell-" + cell.runtime() + "-" + cell.system() + "-" + cell.nemesis()).replaceAll("[^A-Za-z0-9-]", "_");
    }

    /** The CSS class of a cell's color: {@code m-linearizable}, … or {@code m-missing} for a cell with no run. */
    static String modelClass(CellResult cell) {
        return "m-" + cell.strongest().orElse("missing") + (cell.strongerUndecided() ? " undecided" : "");
    }

    /** The model as shown: {@code ≥ sequential} when a stronger level was undecided, {@code not run}. */
    static String modelLabel(CellResult cell) {
        return cell.strongest().map(m -> (cell.strongerUndecided() ? "≥ " : "") + m).orElse("not run");
    }
}
