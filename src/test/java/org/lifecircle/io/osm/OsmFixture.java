package org.lifecircle.io.osm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * A tiny OSM data set (a gate, a park footway, a street, a park multipolygon and a site relation,
 * Chinese names, a node id above 2^31, one node in the western hemisphere) and writers for it as
 * OSM XML, gzip and bzip2. The XML also holds a bounds element, a note and deleted or invisible
 * elements that every reader must leave out, so the expected elements are the same for all formats.
 */
final class OsmFixture {

    static final long BIG_NODE_ID = 5_000_000_001L;

    static final List<RecordedElement> NODES = List.of(
            RecordedElement.node(1001, 104.0612783, 30.6765553,
                    Map.of("barrier", "gate", "name", "人民公园东门", "note", "A & B <\"gate\"> 'east'")),
            RecordedElement.node(1002, 104.0598001, 30.6601234, Map.of()),
            RecordedElement.node(1003, 104.0700009, 30.6699990,
                    Map.of("amenity", "kindergarten", "name", "人民公园幼儿园")),
            RecordedElement.node(BIG_NODE_ID, -73.9856644, 40.7484405, Map.of("tourism", "attraction")));

    static final List<RecordedElement> WAYS = List.of(
            RecordedElement.way(2001, List.of(1001L, 1002L, 1003L, 1001L),
                    Map.of("highway", "footway", "name", "人民公园")),
            RecordedElement.way(2002, List.of(1003L, BIG_NODE_ID),
                    Map.of("highway", "residential", "name", "祠堂街")));

    static final List<RecordedElement> RELATIONS = List.of(
            RecordedElement.relation(3001, List.of(
                    new OsmMember("way", 2001, "outer"),
                    new OsmMember("node", 1001, ""),
                    new OsmMember("way", 2002, "inner")),
                    Map.of("type", "multipolygon", "leisure", "park", "name", "人民公园")),
            RecordedElement.relation(3002, List.of(new OsmMember("relation", 3001, "subarea")),
                    Map.of("type", "site")));

    private OsmFixture() {
    }

    static List<RecordedElement> allElements() {
        return concat(NODES, WAYS, RELATIONS);
    }

    @SafeVarargs
    private static List<RecordedElement> concat(List<RecordedElement>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    static Path writeXml(Path file) throws IOException {
        Files.write(file, xmlBytes());
        return file;
    }

    /** Two concatenated gzip members, as parallel compressors write them. */
    static Path writeGzip(Path file) throws IOException {
        byte[] xml = xmlBytes();
        try (OutputStream out = Files.newOutputStream(file)) {
            int half = xml.length / 2;
            for (int[] range : new int[][] {{0, half}, {half, xml.length}}) {
                GZIPOutputStream gzip = new GZIPOutputStream(out);
                gzip.write(xml, range[0], range[1] - range[0]);
                gzip.finish();
            }
        }
        return file;
    }

    /** Two concatenated bzip2 streams, as pbzip2 writes them. */
    static Path writeBzip2(Path file) throws IOException {
        byte[] xml = xmlBytes();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int half = xml.length / 2;
        for (int[] range : new int[][] {{0, half}, {half, xml.length}}) {
            try (BZip2CompressorOutputStream bzip2 = new BZip2CompressorOutputStream(bytes)) {
                bzip2.write(xml, range[0], range[1] - range[0]);
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    static byte[] xmlBytes() {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("osm");
            xml.writeAttribute("version", "0.6");
            xml.writeAttribute("generator", "lifecircle test");
            writeIgnoredElements(xml);
            for (RecordedElement element : allElements()) {
                writeElement(xml, element, Map.of());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Elements every reader must skip: bounds, a note, a deleted node and way, an invisible node. */
    private static void writeIgnoredElements(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("bounds");
        xml.writeAttribute("minlat", "30.6");
        xml.writeAttribute("minlon", "104.0");
        xml.writeAttribute("maxlat", "30.7");
        xml.writeAttribute("maxlon", "104.1");
        xml.writeCharacters("\n  ");
        xml.writeStartElement("note");
        xml.writeCharacters("not an element");
        xml.writeEndElement();
        writeElement(xml, RecordedElement.node(9001, 104.0, 30.0, Map.of("name", "deleted")),
                Map.of("action", "delete"));
        writeElement(xml, RecordedElement.node(9002, 104.0, 30.0, Map.of()), Map.of("visible", "false"));
        writeElement(xml, RecordedElement.way(9003, List.of(1001L, 9001L), Map.of("highway", "path")),
                Map.of("action", "delete"));
    }

    private static void writeElement(XMLStreamWriter xml, RecordedElement element, Map<String, String> extra)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(element.kind());
        xml.writeAttribute("id", Long.toString(element.id()));
        for (Map.Entry<String, String> attribute : extra.entrySet()) {
            xml.writeAttribute(attribute.getKey(), attribute.getValue());
        }
        if (element.kind().equals("node")) {
            xml.writeAttribute("lat", String.format(Locale.ROOT, "%.7f", element.latDegrees()));
            xml.writeAttribute("lon", String.format(Locale.ROOT, "%.7f", element.lonDegrees()));
        }
        for (long ref : element.nodeIds()) {
            child(xml, "nd", "ref", Long.toString(ref));
        }
        for (OsmMember member : element.members()) {
            child(xml, "member", "type", member.type(), "ref", Long.toString(member.ref()), "role", member.role());
        }
        for (Map.Entry<String, String> tag : element.tags().entrySet()) {
            child(xml, "tag", "k", tag.getKey(), "v", tag.getValue());
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void child(XMLStreamWriter xml, String name, String... attributes) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }
}
