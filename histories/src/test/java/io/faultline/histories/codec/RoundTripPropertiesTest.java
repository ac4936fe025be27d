package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever ops we write, in either of our formats, read back equal. */
class RoundTripPropertiesTest {
    /** Pieces that stress escaping and delimiters: quotes, backslashes, EDN syntax, control and non-BMP chars. */
    private static final String[] PIECES = {"a", "Z", "0", " ", "\"", "\\", "\n", "\t", "\r", "\u0001", "\u007f",
        "é", "日本", "🙂", "𝄞", ";", ",", "{", "]", ":x", "#_", "nil", "\\u00e9"};

    @Property(tries = 300)
    void jsonlRoundTrips(@ForAll("histories") List<Op> ops) {
        assertThat(roundTrip(ops, Format.JSONL)).isEqualTo(ops);
    }

    @Property(tries = 300)
    void ednRoundTrips(@ForAll("histories") List<Op> ops) {
        assertThat(roundTrip(ops, Format.EDN)).isEqualTo(ops);
    }

    @Property(tries = 300)
    void ednTextOfPlainValuesReadsBackEqual(@ForAll("values") Object value) {
        Object read = new EdnReader(new EdnScanner(new StringReader(EdnText.print(value)), "v")).readValue();
        assertThat(EdnOps.plain(read)).isEqualTo(value);
    }

    private static List<Op> roundTrip(List<Op> ops, Format format) {
        StringWriter text = new StringWriter();
        try (OpWriter out = Histories.writer(text, format)) {
            ops.forEach(out::write);
        }
        try (OpReader in = Histories.open(new StringReader(text.toString()), "roundtrip", format)) {
            List<Op> read = new ArrayList<>();
            in.forEachRemaining(read::add);
            return read;
        }
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        return ops().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Object> values() {
        return value(3);
    }

    private Arbitrary<Op> ops() {
        Arbitrary<Long> indexOrTime = Arbitraries.oneOf(Arbitraries.just(-1L), Arbitraries.longs().greaterOrEqual(0));
        Arbitrary<Long> process = Arbitraries.oneOf(Arbitraries.just(Op.NEMESIS), Arbitraries.longs().between(0, 50),
                Arbitraries.longs());
        Arbitrary<String> f = Arbitraries.oneOf(Arbitraries.of("read", "write", "cas", "start-partition", "txn"),
                text());
        return Combinators.combine(indexOrTime, indexOrTime, Arbitraries.of(OpType.class), process, f, payloads())
                .as((index, time, type, p, fn, data) -> new Op(index, time, type, p, fn, data.key(), data.value(),
                        data.node(), data.error()));
    }

    private record Payload(Object key, Object value, String node, String error) {
    }

    private static Arbitrary<Payload> payloads() {
        Arbitrary<Object> key = Arbitraries.oneOf(Arbitraries.just(null), text().map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l));
        Arbitrary<String> optionalText = text().injectNull(0.4);
        return Combinators.combine(key, value(3).injectNull(0.2), optionalText, optionalText).as(Payload::new);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    private static Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().ofScale(6).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                text().map(s -> (Object) s));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> element = value(depth - 1).injectNull(0.1);
        Arbitrary<Object> list = element.list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> map = Arbitraries.maps(text(), element).ofMaxSize(3)
                .map(m -> (Object) new LinkedHashMap<String, Object>(m));
        return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, list), Tuple.of(1, map));
    }
}
