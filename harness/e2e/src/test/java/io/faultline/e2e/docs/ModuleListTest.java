package io.faultline.e2e.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code ## Modules} table names every module that builds something, and only those: the leaves of
 * the {@code <module>} tree that starts at the root pom (aggregator poms such as {@code harness/pom.xml} are not
 * listed). A row's module is the first {@code `path`} in its first column.
 */
class ModuleListTest {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`");

    @Test
    void readmeListsExactlyTheModulesOfThePoms() throws Exception {
        Path root = Repository.root();
        TreeSet<String> listed = new TreeSet<>(listedModules(root.resolve("README.md")));
        TreeSet<String> built = Poms.read(root).stream().filter(m -> !m.path().isEmpty()).filter(Poms.Module::isLeaf)
                .map(Poms.Module::path).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(listed.isEmpty(), "README.md has no `## Modules` table with a `path` in each row's first column");

        List<String> problems = new ArrayList<>();
        built.stream().filter(m -> !listed.contains(m)).forEach(m -> problems.add("missing from the README: " + m));
        listed.stream().filter(m -> !built.contains(m)).forEach(m -> problems.add("listed but not a module: " + m));
        assertEquals(List.of(), problems, "README.md `## Modules` against the poms' <module> tree");
    }

    static List<String> listedModules(Path readme) throws Exception {
        List<String> modules = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals("## Modules");
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inSection && row.find()) {
                modules.add(row.group(1).strip().replaceAll("/$", ""));
            }
        }
        return modules;
    }
}
