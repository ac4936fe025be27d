package io.faultline.histories.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.faultline.histories.Excerpt;
import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Parses one JSONL line into an {@link Op}. Each line gets its own small Jackson parser, so a bad line never
 * confuses the next one and every message names exactly one line.
 *
 * <p>Content problems throw {@link HistoryException}; JSON syntax errors are left as Jackson's
 * {@link JsonProcessingException} so that the reader can forgive one in a truncated last line.
 */
final class JsonlLineParser {
    private final String source;

    JsonlLineParser(String source) {
        this.source = source;
    }

    Op parse(char[] chars, int start, int length, long line) throws JsonProcessingException {
        requireObject(chars, start, length, line);
        try (JsonParser parser = JsonValues.JSON.createParser(chars, start, length)) {
            parser.nextToken();
            Op op = readFields(parser, line).build(source, line);
            if (parser.nextToken() != null) {
                throw HistoryException.at(source, line, "more than one JSON value on the line");
            }
            return op;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireObject(char[] chars, int start, int length, long line) {
        int first = start;
        while (first < start + length && Character.isWhitespace(chars[first])) {
            first++;
        }
        if (first < start + length && chars[first] == '{') {
            return;
        }
        String text = new String(chars, start, Math.min(length, Excerpt.DEFAULT_CHARS * 2)).strip();
        throw HistoryException.at(source, line, "not a JSON object: " + Excerpt.of(text));
    }

    private OpFields readFields(JsonParser parser, long line) throws IOException {
        OpFields op = new OpFields();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "index" -> op.index = integer(parser, token, "index", line);
                case "time" -> op.time = integer(parser, token, "time", line);
                case "type" -> op.type = type(parser, token, line);
                case "process" -> op.process = process(parser, token, line);
                case "f" -> op.f = string(parser, token, "f", line);
                case "key" -> op.key = JsonValues.read(parser, token);
                case "value" -> op.value = JsonValues.read(parser, token);
                case "node" -> op.node = string(parser, token, "node", line);
                case "error" -> op.error = errorText(parser, token);
                default -> parser.skipChildren();
            }
        }
        return op;
    }

    private long integer(JsonParser parser, JsonToken token, String field, long line) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw HistoryException.at(source, line, "field \"" + field + "\" must be an integer");
        }
        return parser.getLongValue();
    }

    private OpType type(JsonParser parser, JsonToken token, long line) throws IOException {
        String name = string(parser, token, "type", line);
        OpType type = name == null ? null : OpType.parse(name);
        if (name != null && type == null) {
            throw HistoryException.at(source, line, "unknown type \"" + Excerpt.of(name)
                    + "\" (expected invoke, ok, fail or info)");
        }
        return type;
    }

    private Long process(JsonParser parser, JsonToken token, long line) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_STRING && "nemesis".equals(parser.getText())) {
            return Op.NEMESIS;
        }
        throw HistoryException.at(source, line, "field \"process\" must be a number or \"nemesis\"");
    }

    private String string(JsonParser parser, JsonToken token, String field, long line) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw HistoryException.at(source, line, "field \"" + field + "\" must be a string");
        }
        return parser.getText();
    }

    /** Other tools put structured errors here; we keep their JSON text rather than reject the history. */
    private static String errorText(JsonParser parser, JsonToken token) throws IOException {
        Object error = JsonValues.read(parser, token);
        if (error == null || error instanceof String) {
            return (String) error;
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JsonValues.JSON.createGenerator(text)) {
            JsonValues.write(out, error);
        }
        return text.toString();
    }
}
