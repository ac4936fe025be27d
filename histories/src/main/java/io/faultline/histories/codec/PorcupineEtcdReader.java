package io.faultline.histories.codec;

import io.faultline.histories.Excerpt;
import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads Jepsen log lines of a single CAS register, as in Porcupine's {@code test_data/jepsen}:
 * {@code INFO  jepsen.util - 3\t:invoke\t:read\tnil}. Other lines are skipped. Values ({@code nil}, integers,
 * {@code [a b]}, keywords) are read as EDN. There is no key.
 *
 * <p>The log's results are mapped to ours as Porcupine and Jepsen meant them:
 * <ul>
 *   <li>{@code :fail :cas} is a compare-and-set whose compare failed: a {@code fail} with error
 *       {@code "precondition-failed"} (a definite result that observed another value, like Maelstrom's code 22);</li>
 *   <li>a {@code :fail} whose value is {@code :timed-out} has an unknown result: an {@code info} with error
 *       {@code "timed-out"};</li>
 *   <li>an {@code :info}, or a {@code :fail} whose value is another keyword, keeps the invoke's value and takes
 *       the keyword as its error: a completion's value is never a keyword such as {@code :timed-out}.</li>
 * </ul>
 * Lines of the {@code :nemesis} process become nemesis ops, their value kept as text when it is not EDN.
 */
final class PorcupineEtcdReader extends LookaheadOpReader {
    private static final String TIMED_OUT = "timed-out";
    private final LineReader lines;
    /** The value of each process's outstanding invoke: one entry per concurrent client, not per op. */
    private final Map<Long, Object> invokeValues = new HashMap<>();

    PorcupineEtcdReader(Reader in, String source) {
        super(source);
        this.lines = new LineReader(in, source);
    }

    @Override
    Op readNext() {
        while (lines.next()) {
            Matcher m = FormatSniffer.JEPSEN_OP_LINE.matcher(lines.text());
            if (m.matches()) {
                startsAt(lines.number());
                return toOp(m.group(1), m.group(2), m.group(3), m.group(4).strip());
            }
        }
        return null;
    }

    @Override
    public void close() {
        lines.close();
    }

    private Op toOp(String process, String typeName, String f, String valueText) {
        OpType type = OpType.parse(typeName);
        if (type == null) {
            throw HistoryException.at(source(), lines.number(), "unknown type :" + Excerpt.of(typeName)
                    + " (expected invoke, ok, fail or info)");
        }
        if (process.equals(":nemesis")) {
            return new Op(-1, -1, type, Op.NEMESIS, f, null, nemesisValue(valueText), null, null);
        }
        long p = processNumber(process);
        Object value = value(valueText);
        if (type == OpType.INVOKE) {
            invokeValues.put(p, value);
            return Op.invoke(p, f, null, value);
        }
        return completion(type, p, f, value, invokeValues.remove(p));
    }

    /** The log's process is digits (the line pattern says so), but perhaps too many for a long. */
    private long processNumber(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw HistoryException.at(source(), lines.number(), "process " + Excerpt.of(digits) + " is too large");
        }
    }

    private static Op completion(OpType type, long p, String f, Object value, Object invokeValue) {
        String keyword = value instanceof Keyword k ? k.name() : null;
        if (type == OpType.INFO || (type == OpType.FAIL && TIMED_OUT.equals(keyword))) {
            return Op.info(p, f, null, EdnOps.plain(invokeValue), keyword);
        }
        if (type == OpType.OK) {
            return Op.ok(p, f, null, EdnOps.plain(value));
        }
        if (keyword != null) {
            return Op.fail(p, f, null, EdnOps.plain(invokeValue), keyword);
        }
        return Op.fail(p, f, null, EdnOps.plain(value), f.equals("cas") ? "precondition-failed" : null);
    }

    private Object value(String text) {
        try {
            return new EdnReader(new EdnScanner(new StringReader(text), source())).readValue();
        } catch (HistoryException e) {
            throw HistoryException.at(source(), lines.number(), "cannot read the value \"" + Excerpt.of(text)
                    + "\"");
        }
    }

    private Object nemesisValue(String text) {
        try {
            return EdnOps.plain(value(text));
        } catch (HistoryException e) {
            return text;
        }
    }
}
