package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided round trips (Jazzer): ops built from the fuzzer's bytes, written by our JSONL or EDN writer to
 * UTF-8 bytes, as a file holds them, read back equal. Values are what each format can carry: JSON maps have
 * string keys and JSON has no NaN or infinity; EDN maps take any key. Inputs replayed by {@code mvn verify} are
 * in {@code src/test/resources/io/faultline/histories/codec/RoundTripFuzzTestInputs/<method>/}.
 */
class RoundTripFuzzTest {
    private static final int MAX_OPS = 8;
    private static final int MAX_DEPTH = 4;
    private static final int MAX_TEXT = 12;

    @FuzzTest
    void jsonlRoundTrip(FuzzedDataProvider data) {
        List<Op> ops = ops(data, Format.JSONL);
        assertThat(roundTrip(ops, Format.JSONL)).isEqualTo(ops);
    }

    @FuzzTest
    void ednRoundTrip(FuzzedDataProvider data) {
        List<Op> ops = ops(data, Format.EDN);
        assertThat(roundTrip(ops, Format.EDN)).isEqualTo(ops);
    }

    private static List<Op> roundTrip(List<Op> ops, Format format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OpWriter out = format == Format.JSONL ? new JsonlWriter(bytes, false)
                : Histories.writer(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            ops.forEach(out::write);
        }
        InputStreamReader in = new InputStreamReader(new ByteArrayInputStream(bytes.toByteArray()),
                StandardCharsets.UTF_8);
        List<Op> read = new ArrayList<>();
        try (OpReader reader = Histories.open(in, "roundtrip", format)) {
            reader.forEachRemaining(read::add);
        }
        return read;
    }

    private static List<Op> ops(FuzzedDataProvider data, Format format) {
        List<Op> ops = new ArrayList<>();
        int count = data.consumeInt(0, MAX_OPS);
        for (int i = 0; i < count; i++) {
            ops.add(new Op(indexOrTime(data), indexOrTime(data), data.pickValue(OpType.values()), data.consumeLong(),
                    data.consumeString(MAX_TEXT), key(data, format), value(data, format, MAX_DEPTH),
                    optionalText(data), optionalText(data)));
        }
        return ops;
    }

    private static long indexOrTime(FuzzedDataProvider data) {
        return data.consumeBoolean() ? -1 : data.consumeLong(0, Long.MAX_VALUE);
    }

    private static String optionalText(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : data.consumeString(MAX_TEXT);
    }

    private static Object key(FuzzedDataProvider data, Format format) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> null;
            case 1 -> data.consumeLong();
            case 2 -> data.consumeString(MAX_TEXT);
            default -> value(data, format, 1);
        };
    }

    /** A plain op value that {@code format} carries exactly. */
    private static Object value(FuzzedDataProvider data, Format format, int depth) {
        int kinds = depth > 0 ? 8 : 6;
        return switch (data.consumeInt(0, kinds - 1)) {
            case 0 -> null;
            case 1 -> data.consumeLong();
            case 2 -> data.consumeBoolean();
            case 3 -> data.consumeString(MAX_TEXT);
            case 4 -> format == Format.JSONL ? data.consumeRegularDouble() : data.consumeDouble();
            case 5 -> bigInteger(data);
            case 6 -> list(data, format, depth - 1);
            default -> map(data, format, depth - 1);
        };
    }

    /** Only past a long: a smaller one reads back as a Long in JSON. */
    private static BigInteger bigInteger(FuzzedDataProvider data) {
        BigInteger offset = BigInteger.valueOf(data.consumeLong(0, Long.MAX_VALUE));
        BigInteger past = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).add(offset);
        return data.consumeBoolean() ? past : past.negate().subtract(BigInteger.ONE);
    }

    private static List<Object> list(FuzzedDataProvider data, Format format, int depth) {
        List<Object> list = new ArrayList<>();
        int size = data.consumeInt(0, 4);
        for (int i = 0; i < size; i++) {
            list.add(value(data, format, depth));
        }
        return list;
    }

    private static Map<Object, Object> map(FuzzedDataProvider data, Format format, int depth) {
        Map<Object, Object> map = new LinkedHashMap<>();
        int size = data.consumeInt(0, 4);
        for (int i = 0; i < size; i++) {
            Object key = format == Format.JSONL ? data.consumeString(MAX_TEXT) : value(data, format, depth);
            map.put(key, value(data, format, depth));
        }
        return map;
    }
}
