package io.faultline.e2e.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Maven module tree as the docs tests read it: every pom reachable from the root pom through its own
 * {@code <modules>} (a profile's modules are not the default build's, so they are not followed).
 */
final class Poms {

    /**
     * One pom of the tree.
     *
     * @param path     the module's folder relative to the root ({@code ""} for the root pom)
     * @param artifact its artifactId
     * @param modules  the folders its {@code <modules>} name, relative to its own folder
     * @param main     the io.faultline artifacts its main code depends on
     * @param test     the io.faultline artifacts it depends on in test scope
     */
    record Module(String path, String artifact, List<String> modules, Set<String> main, Set<String> test) {

        /** A leaf builds something; an aggregator (a pom with modules) only lists others. */
        boolean isLeaf() {
            return modules.isEmpty();
        }
    }

    private Poms() {
    }

    /** Every pom of the tree, the root first, then depth first in {@code <module>} order. */
    static List<Module> read(Path root) throws Exception {
        List<Module> into = new ArrayList<>();
        read(root, root, into);
        return into;
    }

    private static void read(Path root, Path dir, List<Module> into) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("pom.xml").toFile()).getDocumentElement();
        Element modulesElement = child(project, "modules");
        List<String> modules = modulesElement == null ? List.of()
                : children(modulesElement, "module").stream().map(Poms::text).toList();
        Element dependencies = child(project, "dependencies");
        List<Element> deps = dependencies == null ? List.of() : children(dependencies, "dependency");
        String path = root.relativize(dir).toString().replace('\\', '/');
        into.add(new Module(path, text(child(project, "artifactId")), modules,
                faultline(deps, false), faultline(deps, true)));
        for (String module : modules) {
            read(root, dir.resolve(module).normalize(), into);
        }
    }

    private static Set<String> faultline(List<Element> deps, boolean testScope) {
        return deps.stream().filter(d -> "io.faultline".equals(text(child(d, "groupId"))))
                .filter(d -> "test".equals(text(child(d, "scope"))) == testScope)
                .map(d -> text(child(d, "artifactId"))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().trim();
    }
}
