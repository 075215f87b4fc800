package org.backchannel.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The GEXF file read as XML, the way Gephi reads it: labels on elements, values under declared attribute ids. */
class GexfFileTest {

    private final GraphFileScene scene = InterchangeScenes.small();
    private Document document;

    @BeforeEach
    void write() throws Exception {
        StringWriter written = new StringWriter();
        GexfFile.write(scene, "Channels 1969–1977 & after", written);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(written.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyNodeAndLinkIsThereWithItsLabel() {
        NodeList nodes = document.getElementsByTagNameNS("*", "node");
        NodeList edges = document.getElementsByTagNameNS("*", "edge");
        assertThat(nodes.getLength()).isEqualTo(scene.nodes().size());
        assertThat(edges.getLength()).isEqualTo(scene.links().size());
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            labels.put(node.getAttribute("id"), node.getAttribute("label"));
        }
        scene.nodes().forEach(n -> assertThat(labels).containsEntry(n.id(), n.name()));
    }

    @Test
    void theExchangeCarriesItsChannelTypeDateAndQuoteUnderDeclaredAttributes() {
        Map<String, String> exchange = values(edge("spoke-1"), "edge");
        assertThat(exchange).containsEntry("channel_type", "back-channel").containsEntry("start", "1970-10")
                .containsEntry("quote", InterchangeScenes.QUOTE);
        assertThat(values(edge("studied-1"), "edge")).doesNotContainKey("channel_type").containsEntry("link_type", "studied");
    }

    @Test
    void theDescriptionIsKeptInTheMeta() {
        assertThat(document.getElementsByTagNameNS("*", "description").item(0).getTextContent()).isEqualTo("Channels 1969–1977 & after");
    }

    private Element edge(String id) {
        NodeList edges = document.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            if (((Element) edges.item(i)).getAttribute("id").equals(id)) {
                return (Element) edges.item(i);
            }
        }
        throw new AssertionError("no edge " + id);
    }

    /** The element's attribute values by the titles its class's attribute declarations give them. */
    private Map<String, String> values(Element element, String attributeClass) {
        Map<String, String> titles = new HashMap<>();
        NodeList declarations = document.getElementsByTagNameNS("*", "attributes");
        for (int i = 0; i < declarations.getLength(); i++) {
            Element declaration = (Element) declarations.item(i);
            if (declaration.getAttribute("class").equals(attributeClass)) {
                NodeList attributes = declaration.getElementsByTagNameNS("*", "attribute");
                for (int j = 0; j < attributes.getLength(); j++) {
                    Element attribute = (Element) attributes.item(j);
                    titles.put(attribute.getAttribute("id"), attribute.getAttribute("title"));
                }
            }
        }
        Map<String, String> values = new HashMap<>();
        NodeList attvalues = element.getElementsByTagNameNS("*", "attvalue");
        for (int i = 0; i < attvalues.getLength(); i++) {
            Element value = (Element) attvalues.item(i);
            values.put(titles.get(value.getAttribute("for")), value.getAttribute("value"));
        }
        return values;
    }
}
