package io.faultline.histories.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.faultline.histories.Excerpt;
import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads our JSONL history format line by line, holding one op at a time. Blank lines are skipped.
 *
 * <p>Crash tolerance: the runner appends to {@code history.jsonl} while a run may be killed with {@code kill -9},
 * so the last line may be cut short. A last line that has no newline and is not valid JSON is dropped with a
 * warning; a bad line anywhere else, or a complete last line, is an error.
 */
final class JsonlReader extends LookaheadOpReader {
    private final LineReader lines;
    private final JsonlLineParser parser;
    private final List<String> warnings = new ArrayList<>();

    JsonlReader(Reader in, String source) {
        super(source);
        this.lines = new LineReader(in, source);
        this.parser = new JsonlLineParser(source);
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        lines.close();
    }

    @Override
    Op readNext() {
        while (lines.next()) {
            if (!lines.isBlank()) {
                startsAt(lines.number());
                return parseCurrentLine();
            }
        }
        return null;
    }

    private Op parseCurrentLine() {
        try {
            return parser.parse(lines.buffer(), lines.start(), lines.length(), lines.number());
        } catch (JsonProcessingException e) {
            if (!lines.terminated()) {
                warnings.add(source() + ":" + lines.number()
                        + ": dropped a truncated last line (the writer was probably killed)");
                return null;
            }
            throw HistoryException.at(source(), lines.number(), malformed(e));
        }
    }

    /** Jackson's message without the parts that quote the whole input back, so it stays one short line. */
    static String malformed(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        for (String cut : new String[] {"\n", " (start marker", " at [Source"}) {
            int at = message.indexOf(cut);
            message = at >= 0 ? message.substring(0, at) : message;
        }
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return "malformed JSON" + (column > 0 ? " at column " + column : "") + ": " + Excerpt.of(message, 160);
    }
}
