package io.faultline.histories.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Op values to and from JSON with Jackson's streaming API (no data binding, for speed): integral numbers are
 * {@link Long} (or {@link BigInteger} past a long), other numbers {@link Double}, arrays {@link List}, objects
 * {@link LinkedHashMap} in their order.
 */
final class JsonValues {
    /** Shared: Jackson factories are thread-safe, and reusing one keeps its symbol table of field names warm. */
    static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonValues() {
    }

    /** Reads the value that starts at {@code token}, leaving the parser on its last token. */
    static Object read(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_ARRAY -> readArray(parser);
            case START_OBJECT -> readObject(parser);
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected JSON token " + token);
        };
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            list.add(read(parser, token));
        }
        return list;
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            map.put(name, read(parser, parser.nextToken()));
        }
        return map;
    }

    /** Writes any op value; map keys become their string form, and unknown types their {@code toString()}. */
    static void write(JsonGenerator out, Object value) throws IOException {
        switch (value) {
            case null -> out.writeNull();
            case String s -> out.writeString(s);
            case Long l -> out.writeNumber(l);
            case Integer i -> out.writeNumber(i);
            case Double d -> out.writeNumber(d);
            case Float f -> out.writeNumber(f);
            case BigInteger b -> out.writeNumber(b);
            case BigDecimal b -> out.writeNumber(b);
            case Number n -> out.writeNumber(n.longValue());
            case Boolean b -> out.writeBoolean(b);
            case Map<?, ?> map -> writeObject(out, map);
            case Collection<?> list -> writeArray(out, list);
            default -> out.writeString(value.toString());
        }
    }

    private static void writeObject(JsonGenerator out, Map<?, ?> map) throws IOException {
        out.writeStartObject();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.writeFieldName(String.valueOf(e.getKey()));
            write(out, e.getValue());
        }
        out.writeEndObject();
    }

    private static void writeArray(JsonGenerator out, Collection<?> list) throws IOException {
        out.writeStartArray();
        for (Object item : list) {
            write(out, item);
        }
        out.writeEndArray();
    }
}
