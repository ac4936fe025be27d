package io.faultline.histories.render;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads a rendered page as XML, which it must be after its doctype, and queries it with XPath. */
final class Xml {
    private final Document document;

    private Xml(Document document) {
        this.document = document;
    }

    /** Parses the page after its {@code <!DOCTYPE html>}; throws if it is not well-formed. */
    static Xml parsePage(String html) throws Exception {
        String prefix = "<!DOCTYPE html>\n";
        if (!html.startsWith(prefix)) {
            throw new AssertionError("the page does not start with an HTML5 doctype");
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        Document doc = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(html.substring(prefix.length()))));
        return new Xml(doc);
    }

    /** The text content of every node the XPath expression selects, in document order. */
    List<String> texts(String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate(xpath, document, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    int count(String xpath) throws Exception {
        return texts(xpath).size();
    }
}
