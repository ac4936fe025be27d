package io.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.node.CodecException;
import io.faultline.node.Envelope;
import io.faultline.node.MessageCodec;
import io.faultline.node.MessageRegistry;
import io.faultline.node.NodeFactories;
import io.faultline.node.client.ClientMessages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzz targets (Jazzer) for what a node server does with the bytes a peer or client sends:
 * {@link FrameReader} splits them into frames, and each frame decodes to an {@link Envelope} or fails with a
 * {@link CodecException}, never another exception, never a hang, never holding more than the frame limit.
 *
 * <p>{@code mvn verify} replays the inputs in
 * {@code src/test/resources/io/faultline/server/FrameFuzzTestInputs/<method>/}; {@code scripts/fuzz.sh} fuzzes.
 */
class FrameFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One codec for every system's messages (their names do not clash), so that each frame decodes once. */
    private static final MessageCodec CODEC = new MessageCodec(everyMessage());

    /** Frames match a plain split of the bytes on newlines, whatever the limit and however the reads are cut. */
    @FuzzTest
    void frames(FuzzedDataProvider data) throws IOException {
        int maxBytes = data.consumeInt(1, 64);
        int[] readSizes = data.consumeInts(4);
        byte[] bytes = data.consumeRemainingAsBytes();
        FrameReader reader = new FrameReader(new ShortReads(bytes, readSizes), maxBytes);
        List<FrameReader.Frame> frames = new ArrayList<>();
        for (FrameReader.Frame frame = reader.next(); frame != null; frame = reader.next()) {
            frames.add(frame);
        }
        assertThat(frames).isEqualTo(expectedFrames(bytes, maxBytes));
    }

    /** What the node server does with each frame: decode it, or, when that fails, look for a msg_id to answer. */
    @FuzzTest
    void envelopes(byte[] input) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(input), ServerConfig.DEFAULT_MAX_FRAME_BYTES);
        for (FrameReader.Frame frame = reader.next(); frame != null; frame = reader.next()) {
            String line = ((FrameReader.Line) frame).text();
            decodes(CODEC, line);
        }
    }

    private static void decodes(MessageCodec codec, String line) {
        Envelope envelope;
        try {
            envelope = codec.decode(line);
        } catch (CodecException e) {
            parsesOrNot(line);
            return;
        }
        assertThat(codec.roundTrip(envelope)).isEqualTo(envelope);
    }

    private static MessageRegistry everyMessage() {
        MessageRegistry registry = ClientMessages.register(new MessageRegistry());
        NodeFactories.all().values().forEach(factory -> factory.registerMessages(registry));
        return registry;
    }

    private static void parsesOrNot(String line) {
        try {
            JSON.readTree(line);
        } catch (JsonProcessingException e) {
            // not JSON: the server drops it without an answer
        }
    }

    /** The reference: split on '\n', drop the unterminated tail, strip one '\r', skip blanks, apply the limit. */
    static List<FrameReader.Frame> expectedFrames(byte[] bytes, int maxBytes) {
        List<FrameReader.Frame> frames = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
            if (end - start > maxBytes) {
                frames.add(new FrameReader.Oversized(end - start));
            } else if (end > start) {
                frames.add(new FrameReader.Line(new String(bytes, start, end - start, StandardCharsets.UTF_8)));
            }
            start = i + 1;
        }
        return frames;
    }

    /** A stream that hands out its bytes in reads of the given sizes, as a socket does. */
    private static final class ShortReads extends InputStream {
        private final byte[] bytes;
        private final int[] sizes;
        private int position;
        private int reads;

        ShortReads(byte[] bytes, int[] sizes) {
            this.bytes = bytes;
            this.sizes = sizes.length == 0 ? new int[] {Integer.MAX_VALUE} : sizes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            int size = Math.floorMod(sizes[reads++ % sizes.length], 16_384) + 1;
            int n = Math.min(Math.min(length, size), bytes.length - position);
            System.arraycopy(bytes, position, into, offset, n);
            position += n;
            return n;
        }

        @Override
        public String toString() {
            return "ShortReads" + Arrays.toString(sizes);
        }
    }
}
