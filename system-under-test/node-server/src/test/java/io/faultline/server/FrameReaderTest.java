package io.faultline.server;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FrameReaderTest {

    private static FrameReader reader(String text, int max) {
        return new FrameReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void splitsLinesSkipsBlankOnesAndStripsCarriageReturns() throws IOException {
        FrameReader frames = reader("a\r\n\nbé\n", 10);
        assertThat(frames.next()).isEqualTo(new FrameReader.Line("a"));
        assertThat(frames.next()).isEqualTo(new FrameReader.Line("bé"));
        assertThat(frames.next()).isNull();
    }

    @Test
    void anOversizedFrameIsSkippedAndTheNextOneIsRead() throws IOException {
        String big = "x".repeat(100_000);
        FrameReader frames = reader("12345\n" + big + "\nok\n123456\n", 5);
        assertThat(frames.next()).isEqualTo(new FrameReader.Line("12345"));
        assertThat(frames.next()).isEqualTo(new FrameReader.Oversized(100_000));
        assertThat(frames.next()).isEqualTo(new FrameReader.Line("ok"));
        assertThat(frames.next()).isInstanceOf(FrameReader.Oversized.class);
        assertThat(frames.next()).isNull();
    }

    @Test
    void anUnterminatedLastFrameIsDropped() throws IOException {
        FrameReader frames = reader("one\ntwo", 10);
        assertThat(frames.next()).isEqualTo(new FrameReader.Line("one"));
        assertThat(frames.next()).isNull();
    }

    /** Found by fuzzing: the length of an oversized frame counted its trailing \r only when it was long. */
    @Test
    void anOversizedFramesLengthLeavesOutTheCarriageReturnLikeTheLimit() throws IOException {
        FrameReader frames = reader("123456\r\n1234\r\n1234\n", 3);
        assertThat(frames.next()).isEqualTo(new FrameReader.Oversized(6));
        assertThat(frames.next()).isEqualTo(new FrameReader.Oversized(4));
        assertThat(frames.next()).isEqualTo(new FrameReader.Oversized(4));
        assertThat(frames.next()).isNull();
    }

    @Test
    void aCarriageReturnAloneIsABlankFrame() throws IOException {
        FrameReader frames = reader("\r\n\r\r\nok\n", 3);
        assertThat(frames.next()).isEqualTo(new FrameReader.Line("\r"));
        assertThat(frames.next()).isEqualTo(new FrameReader.Line("ok"));
        assertThat(frames.next()).isNull();
    }
}
