package io.faultline.histories.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAndMarkupTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Markup.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    @Test
    void replacesCharactersXmlForbidsAndKeepsPairedSurrogates() {
        assertThat(Markup.escape("a\u0000b\u001bc\tz")).isEqualTo("a\uFFFDb\uFFFDc\tz");
        assertThat(Markup.escape("\uD83D\uDE00 \uD83D x \uDE00")).isEqualTo("\uD83D\uDE00 \uFFFD x \uFFFD");
    }

    @Test
    void abbreviatesWithAnEllipsisWithoutSplittingASurrogatePair() {
        assertThat(Text.abbreviate("abcdef", 6)).isEqualTo("abcdef");
        assertThat(Text.abbreviate("abcdefg", 6)).isEqualTo("abcde…");
        assertThat(Text.abbreviate("abcd\uD83D\uDE00xyz", 6)).isEqualTo("abcd…");
    }

    @Test
    void flattensControlCharactersToVisibleEscapes() {
        assertThat(Text.oneLine("a\nb\tc\u001b[0m")).isEqualTo("a\\nb\\tc\\u001b[0m");
        assertThat(Text.oneLine("plain")).isEqualTo("plain");
    }

    @Test
    void writesKeysAsUsersWouldAndTheRegisterPlaceholderBare() {
        assertThat(Text.key("x", 20)).isEqualTo("\"x\"");
        assertThat(Text.key(3L, 20)).isEqualTo("3");
        assertThat(Text.key(List.of(1L, 2L), 20)).isEqualTo("[1 2]");
        assertThat(Text.key(History.NO_KEY, 20)).isEqualTo("(register)");
    }

    @Test
    void countsReadAtAGlance() {
        assertThat(Text.count(100_000)).isEqualTo("100,000");
        assertThat(Text.plural(1, "call")).isEqualTo("1 call");
        assertThat(Text.plural(2_500, "call")).isEqualTo("2,500 calls");
    }
}
