package io.faultline.e2e.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every snippet the docs call tested is in a file git tracks and a build compiles. The marker is an HTML comment
 * on the line directly before a fenced code block, {@code <!-- tested: path/from/the/root/File.java -->}; the
 * block's non-blank lines, trimmed, must appear in that file in the same order (other lines may come between).
 */
class TestedSnippetsTest {

    @Test
    void everyTestedSnippetIsInATrackedFile() throws Exception {
        Path root = Repository.root();
        List<TestedSnippet> snippets = new ArrayList<>();
        for (Path page : Repository.markdownPages(root)) {
            snippets.addAll(TestedSnippet.parse(page, Files.readAllLines(root.resolve(page))));
        }
        assertFalse(snippets.isEmpty(), "no <!-- tested: … --> marker in README.md or docs/");

        List<String> problems = new ArrayList<>();
        for (TestedSnippet snippet : snippets) {
            problems.addAll(snippet.problems());
            if (snippet.problems().isEmpty()) {
                check(root, snippet, problems);
            }
        }
        assertEquals(List.of(), problems, "tested snippets");
    }

    private static void check(Path root, TestedSnippet snippet, List<String> problems) throws Exception {
        if (!tracked(root, snippet.file())) {
            problems.add(snippet.where() + ": " + snippet.file() + " is not tracked by git (is it ignored?)");
            return;
        }
        snippet.firstLineMissingFrom(Files.readAllLines(root.resolve(snippet.file())))
                .ifPresent(line -> problems.add(snippet.where() + ": not in " + snippet.file() + " (in this order): "
                        + line));
    }

    private static boolean tracked(Path root, String file) throws Exception {
        Process git;
        try {
            git = new ProcessBuilder("git", "ls-files", "--error-unmatch", "--", file).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new AssertionError("git is needed to check that tested snippets are tracked, and could not be "
                    + "started (" + e.getMessage() + "); install git or run from a git checkout", e);
        }
        if (!git.waitFor(30, TimeUnit.SECONDS)) {
            git.destroyForcibly();
            throw new AssertionError("git ls-files did not answer within 30 s in " + root);
        }
        return git.exitValue() == 0;
    }
}
