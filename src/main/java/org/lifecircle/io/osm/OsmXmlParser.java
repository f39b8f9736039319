package org.lifecircle.io.osm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.lifecircle.model.InvalidInputException;

/**
 * The event loop behind {@link OsmXmlReader}: one pass over the StAX events of one file, holding
 * the element being read. Children of the root other than node, way and relation (bounds, note,
 * meta) and unknown children of elements are ignored, as OSM tools do.
 */
final class OsmXmlParser {

    private enum Kind { NONE, NODE, WAY, RELATION }

    private static final int ROOT_DEPTH = 1;
    private static final int ELEMENT_DEPTH = 2;
    private static final int CHILD_DEPTH = 3;
    private static final double MAX_LAT_DEGREES = 90;
    private static final double MAX_LON_DEGREES = 180;

    private final Path file;
    private final XMLStreamReader xml;
    private final OsmHandler handler;
    /** Reused for every element; the handler must not keep it. */
    private final Map<String, String> tags = new HashMap<>();
    private final List<OsmMember> members = new ArrayList<>();
    private long[] nodeRefs = new long[256];
    private int nodeRefCount;
    private int depth;
    /**
     * Line of the DOCTYPE, 0 if none. The parser never processes it (no DTD support, no external
     * entities), and an OSM root with a DOCTYPE is refused, so entity tricks cannot get through.
     */
    private int doctypeLine;
    private Kind kind = Kind.NONE;
    private boolean skipped;
    private long id;
    private double latDegrees;
    private double lonDegrees;

    OsmXmlParser(Path file, XMLStreamReader xml, OsmHandler handler) {
        this.file = file;
        this.xml = xml;
        this.handler = handler;
    }

    void parse() throws XMLStreamException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> startElement();
                case XMLStreamConstants.END_ELEMENT -> endElement();
                case XMLStreamConstants.DTD -> doctypeLine = xml.getLocation().getLineNumber();
                default -> {
                    // text, comments and processing instructions carry no OSM data
                }
            }
        }
    }

    private void startElement() {
        depth++;
        if (depth == ROOT_DEPTH) {
            checkRoot(xml.getLocalName());
        } else if (depth == ELEMENT_DEPTH) {
            beginElement(xml.getLocalName());
        } else if (depth == CHILD_DEPTH && kind != Kind.NONE && !skipped) {
            child(xml.getLocalName());
        }
    }

    private void endElement() {
        if (depth == ELEMENT_DEPTH && kind != Kind.NONE) {
            if (!skipped) {
                emit();
            }
            kind = Kind.NONE;
        }
        depth--;
    }

    private void checkRoot(String name) {
        if ("osmChange".equals(name)) {
            throw OsmInputs.problem(file, "is an osmChange (diff) file, not an OSM data file"
                    + " (root element <osmChange>)");
        }
        if (!"osm".equals(name)) {
            throw OsmInputs.problem(file, "not an OSM XML file (root element <" + name + ">)");
        }
        if (doctypeLine > 0) {
            throw OsmInputs.problem(file, "DOCTYPE declarations are not allowed in OSM XML (line " + doctypeLine
                    + "); OSM files never need one");
        }
    }

    private void beginElement(String name) {
        kind = switch (name) {
            case "node" -> Kind.NODE;
            case "way" -> Kind.WAY;
            case "relation" -> Kind.RELATION;
            default -> Kind.NONE;
        };
        if (kind == Kind.NONE) {
            return;
        }
        skipped = "delete".equals(attribute("action")) || "false".equals(attribute("visible"));
        id = longAttribute("id");
        tags.clear();
        members.clear();
        nodeRefCount = 0;
        if (kind == Kind.NODE && !skipped) {
            latDegrees = coordinate("lat", MAX_LAT_DEGREES);
            lonDegrees = coordinate("lon", MAX_LON_DEGREES);
        }
    }

    private void child(String name) {
        if ("tag".equals(name)) {
            String value = attribute("v");
            tags.put(requiredAttribute("k"), value == null ? "" : value);
        } else if ("nd".equals(name) && kind == Kind.WAY) {
            addNodeRef(longAttribute("ref"));
        } else if ("member".equals(name) && kind == Kind.RELATION) {
            members.add(member());
        }
    }

    private void emit() {
        switch (kind) {
            case NODE -> handler.node(id, lonDegrees, latDegrees, tags);
            case WAY -> handler.way(id, Arrays.copyOf(nodeRefs, nodeRefCount), tags);
            case RELATION -> handler.relation(id, List.copyOf(members), tags);
            case NONE -> throw new IllegalStateException("no element to emit");
        }
    }

    private OsmMember member() {
        String type = switch (requiredAttribute("type")) {
            case "node" -> "node";
            case "way" -> "way";
            case "relation" -> "relation";
            default -> throw elementError("member type '" + attribute("type")
                    + "' is not node, way or relation");
        };
        String role = attribute("role");
        return new OsmMember(type, longAttribute("ref"), role == null ? "" : role);
    }

    private void addNodeRef(long ref) {
        if (nodeRefCount == nodeRefs.length) {
            nodeRefs = Arrays.copyOf(nodeRefs, nodeRefCount * 2);
        }
        nodeRefs[nodeRefCount++] = ref;
    }

    private String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    private String requiredAttribute(String name) {
        String value = attribute(name);
        if (value == null) {
            throw elementError("attribute " + name + " is missing");
        }
        return value;
    }

    private long longAttribute(String name) {
        String value = requiredAttribute(name);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw elementError("attribute " + name + "=\"" + value + "\" is not an integer");
        }
    }

    private double coordinate(String name, double maxAbsDegrees) {
        String value = requiredAttribute(name);
        double degrees;
        try {
            degrees = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw elementError("attribute " + name + "=\"" + value + "\" is not a number");
        }
        if (!(Math.abs(degrees) <= maxAbsDegrees)) {
            throw elementError("attribute " + name + "=\"" + value + "\" is out of range");
        }
        return degrees;
    }

    /** An error naming the element being read and its line, e.g. "<node> at line 12: ...". */
    private InvalidInputException elementError(String what) {
        return OsmInputs.problem(file, "<" + xml.getLocalName() + "> at line "
                + xml.getLocation().getLineNumber() + ": " + what);
    }
}
