package io.faultline.histories.codec;

import io.faultline.histories.Op;
import java.io.Reader;

/**
 * Streams the op maps of a Jepsen EDN history, one map at a time, whether the file is one top-level vector (or
 * list) of maps, as Knossos's {@code data/} and Jepsen's {@code history.edn} are, or a bare sequence of maps,
 * usually one per line, as Porcupine's {@code test_data/kv} is. {@link #line()} is the line of the map's
 * opening brace.
 */
final class EdnOpReader extends LookaheadOpReader {
    private enum Layout { NOT_STARTED, IN_COLLECTION, SEQUENCE, DONE }

    private final EdnScanner scanner;
    private final EdnReader edn;
    private Layout layout = Layout.NOT_STARTED;
    private char closer;
    private long openLine;
    private int openColumn;

    EdnOpReader(Reader in, String source) {
        super(source);
        this.scanner = new EdnScanner(in, source);
        this.edn = new EdnReader(scanner);
    }

    @Override
    public void close() {
        scanner.close();
    }

    @Override
    Op readNext() {
        if (layout == Layout.DONE) {
            return null;
        }
        int c = edn.skipToValue();
        if (layout == Layout.NOT_STARTED) {
            c = chooseLayout(c);
        }
        if (layout == Layout.IN_COLLECTION && c == closer) {
            scanner.read();
            requireNothingAfterCollection();
            return null;
        }
        if (c == EdnScanner.END) {
            return endOfInput();
        }
        long line = scanner.line();
        int column = scanner.column();
        startsAt(line);
        return EdnOps.toOp(edn.readValue(), scanner, line, column);
    }

    /** A history that opens with {@code [} or {@code (} is one collection of maps; otherwise a run of maps. */
    private int chooseLayout(int c) {
        if (c != '[' && c != '(') {
            layout = Layout.SEQUENCE;
            return c;
        }
        closer = c == '[' ? ']' : ')';
        openLine = scanner.line();
        openColumn = scanner.column();
        scanner.read();
        layout = Layout.IN_COLLECTION;
        return edn.skipToValue();
    }

    private Op endOfInput() {
        if (layout == Layout.IN_COLLECTION) {
            throw scanner.errorAt(openLine, openColumn, "unterminated " + (closer == ']' ? "vector" : "list")
                    + ": the input ends before its closing " + closer);
        }
        layout = Layout.DONE;
        return null;
    }

    private void requireNothingAfterCollection() {
        layout = Layout.DONE;
        if (edn.skipToValue() != EdnScanner.END) {
            throw scanner.error("unexpected content after the history's closing " + closer);
        }
    }
}
