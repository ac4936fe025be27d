package io.faultline.e2e.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marker and the order check of {@link TestedSnippetsTest}, on pages and files made up here. */
class TestedSnippetTest {

    private static final Path PAGE = Path.of("docs/page.md");

    @Test
    void aMarkerTakesTheNextBlocksNonBlankLinesTrimmed() {
        List<TestedSnippet> snippets = TestedSnippet.parse(PAGE, List.of("text", "<!-- tested: a/B.java -->",
                "```java", "  int x = 1;", "", "    x++;", "```", "```java", "untested();", "```"));

        assertThat(snippets).singleElement().satisfies(s -> {
            assertThat(s.where()).isEqualTo("docs/page.md:2");
            assertThat(s.file()).isEqualTo("a/B.java");
            assertThat(s.lines()).containsExactly("int x = 1;", "x++;");
            assertThat(s.problems()).isEmpty();
        });
    }

    @Test
    void aMarkerWithoutABlockOrAnUnclosedBlockIsAProblem() {
        assertThat(TestedSnippet.parse(PAGE, List.of("<!-- tested: a/B.java -->", "", "```java", "```")).get(0)
                .problems()).singleElement().asString().contains("not directly followed");
        assertThat(TestedSnippet.parse(PAGE, List.of("<!-- tested: a/B.java -->", "```java", "x();")).get(0)
                .problems()).singleElement().asString().contains("never closed");
    }

    @Test
    void theLinesMustAppearInOrderWithOthersBetween() {
        TestedSnippet snippet = TestedSnippet.parse(PAGE, List.of("<!-- tested: a/B.java -->", "```", "a();", "b();",
                "```")).get(0);

        assertThat(snippet.firstLineMissingFrom(List.of("  a();", "other();", "\tb();"))).isEmpty();
        assertThat(snippet.firstLineMissingFrom(List.of("b();", "a();"))).contains("b();");
        assertThat(snippet.firstLineMissingFrom(List.of("a();"))).contains("b();");
    }
}
