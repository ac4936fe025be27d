package io.faultline.histories.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.HistoryException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdnReaderTest {

    @Test
    void readsScalars() {
        assertThat(read("nil")).isNull();
        assertThat(read("true")).isEqualTo(true);
        assertThat(read("false")).isEqualTo(false);
        assertThat(read("foo.bar/baz")).isEqualTo(new Symbol("foo.bar/baz"));
        assertThat(read(":read")).isEqualTo(new Keyword("read"));
        assertThat(read(":timed-out")).isEqualTo(new Keyword("timed-out"));
        assertThat(read(":jepsen.history/op")).isEqualTo(new Keyword("jepsen.history/op"));
    }

    @ParameterizedTest
    @CsvSource({"42,42", "-7,-7", "+3,3", "0,0", "-9223372036854775808,-9223372036854775808"})
    void readsLongs(String text, long expected) {
        assertThat(read(text)).isEqualTo(expected);
    }

    @Test
    void readsOtherNumbers() {
        assertThat(read("42N")).isEqualTo(BigInteger.valueOf(42));
        assertThat(read("12345678901234567890")).isEqualTo(new BigInteger("12345678901234567890"));
        assertThat(read("1.5")).isEqualTo(1.5);
        assertThat(read("-2.5E-3")).isEqualTo(-2.5e-3);
        assertThat(read("1e3")).isEqualTo(1000.0);
        assertThat(read("1.50M")).isEqualTo(new BigDecimal("1.50"));
        assertThat(read("1/4")).isEqualTo(0.25);
        assertThat(read("##Inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(read("##-Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat((Double) read("##NaN")).isNaN();
    }

    @Test
    void readsStringsWithEscapes() {
        assertThat(read("\"a\\nb\\tc\\\"d\\\\e\\u00e9\\r\"")).isEqualTo("a\nb\tc\"d\\e\u00e9\r");
        assertThat(read("\"日本 🙂 multi\nline\"")).isEqualTo("日本 🙂 multi\nline");
        assertThat(read("\"\"")).isEqualTo("");
    }

    @Test
    void readsCharacters() {
        assertThat(read("\\a")).isEqualTo('a');
        assertThat(read("\\newline")).isEqualTo('\n');
        assertThat(read("\\space")).isEqualTo(' ');
        assertThat(read("\\u0041")).isEqualTo('A');
        assertThat(read("[\\( \\]]")).isEqualTo(List.of('(', ']'));
    }

    @Test
    void readsCollections() {
        assertThat(read("[1 [2 (3)] #{4} {:a {\"b\" nil}}]")).isEqualTo(List.of(1L, List.of(2L, List.of(3L)),
                Set.of(4L), Map.of(new Keyword("a"), java.util.Collections.singletonMap("b", null))));
        assertThat(read("{:b 1, :a 2}")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsExactly(Map.entry(new Keyword("b"), 1L), Map.entry(new Keyword("a"), 2L));
        assertThat(read("[,,1,,2,,]")).isEqualTo(List.of(1L, 2L));
        assertThat(read("#{}")).isEqualTo(Set.of());
    }

    @Test
    void skipsCommentsAndDiscardedForms() {
        assertThat(read("; a comment\n[1 ; another\n #_ 2 3 #_ #_ 4 5 #_[6 7]]")).isEqualTo(List.of(1L, 3L));
    }

    @Test
    void readsTaggedLiteralsAsTheirValue() {
        assertThat(read("#inst \"2024-01-02T03:04:05Z\"")).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(read("#uuid \"f81d4fae-7dec-11d0-a765-00a0c91e6bf6\"")).isEqualTo("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        assertThat(read("#jepsen.history.Op{:f :read}")).isEqualTo(Map.of(new Keyword("f"), new Keyword("read")));
    }

    @Test
    void errorsNameLineAndColumn() {
        assertError("[1 2\n  \"abc", "h.edn:2:3: unterminated string");
        assertError("\n [1 2", "h.edn:2:2: unterminated vector: the input ends before its closing ]");
        assertError("{:a 1\n", "h.edn:1:1: unterminated map: the input ends before its closing }");
        assertError("(1 2]", "h.edn:1:5: unexpected ]");
        assertError("[1 12ab]", "h.edn:1:4: invalid number 12ab");
        assertError("\"a\\qb\"", "h.edn:1:4: unknown escape \\q in a string");
        assertError("{:a 1 :b}", "h.edn:1:1: the map has a key without a value: :b");
        assertError("#\"regex\"", "h.edn:1:1: unsupported dispatch #\"");
        assertError("  ", "h.edn:1:3: unexpected end of input, expected a value");
        assertError("#inst", "h.edn:1:1: the tag #inst has no value");
        assertError("##Foo", "h.edn:1:1: unknown symbolic value ##Foo");
        assertError(":", "h.edn:1:1: a keyword needs a name after the colon");
        assertError("\\bogus", "h.edn:1:1: unknown character \\bogus");
    }

    /** Issue 11: a few kilobytes of brackets overflowed the stack of the recursive reader. */
    @Test
    void nestingDeeperThanTheLimitIsOneLineNamingTheLineAndTheLimit() {
        assertError("[".repeat(100_000), "h.edn:1:1001: nesting deeper than 1000");
        // the 1000th map's key is the 1001st level
        assertError("{:a ".repeat(1000), "h.edn:1:3998: nesting deeper than 1000");
        assertError("#{".repeat(1001), "h.edn:1:2001: nesting deeper than 1000");
        assertError("#_ ".repeat(2000) + "1", "h.edn:1:3001: nesting deeper than 1000");
        assertError("#t ".repeat(2000) + "1", "h.edn:1:3001: nesting deeper than 1000");
    }

    @Test
    void nestingUpToTheLimitReads() {
        Object value = read("[".repeat(EdnReader.MAX_DEPTH) + "]".repeat(EdnReader.MAX_DEPTH));
        for (int level = 1; level < EdnReader.MAX_DEPTH; level++) {
            value = ((List<?>) value).get(0);
        }
        assertThat(value).isEqualTo(List.of());
    }

    /** Found by fuzzing: a message quoted a newline from the input and so took two lines. */
    @Test
    void messagesQuoteControlCharactersAsEscapes() {
        assertError("#\n", "h.edn:1:1: unsupported dispatch #\\n");
        assertError("\"\\\r\"", "h.edn:1:3: unknown escape \\\\r in a string");
        assertError("##\u0085", "h.edn:1:1: unknown symbolic value ##\\u0085");
        assertError("9" + "x".repeat(500), "h.edn:1:1: invalid number 9" + "x".repeat(59) + "…");
    }

    @Test
    void unicodeEscapesAreFourHexDigits() {
        assertError("\"\\u+7ff\"", "h.edn:1:3: bad unicode escape \\u+7ff");
        assertError("\"\\u-001\"", "h.edn:1:3: bad unicode escape \\u-001");
        assertError("\\u+123", "h.edn:1:1: bad unicode character \\u+123");
        assertThat(read("\"\\u00E9\"")).isEqualTo("é");
    }

    @Test
    void numbersAreAsciiDigits() {
        assertThat(read("\u0663")).isEqualTo(new Symbol("\u0663"));
        assertError("1\u0663", "h.edn:1:1: invalid number 1\u0663");
    }

    private static Object read(String text) {
        return new EdnReader(new EdnScanner(new StringReader(text), "h.edn")).readValue();
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(HistoryException.class).hasMessage(message);
    }
}
