package org.lifecircle.io.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Keeps a copy of every element it is given, in order. For small files only. */
final class RecordingHandler implements OsmHandler {

    private final List<RecordedElement> elements = new ArrayList<>();

    List<RecordedElement> elements() {
        return elements;
    }

    @Override
    public void node(long id, double lon, double lat, Map<String, String> tags) {
        elements.add(RecordedElement.node(id, lon, lat, tags));
    }

    @Override
    public void way(long id, long[] nodeIds, Map<String, String> tags) {
        elements.add(RecordedElement.way(id, Arrays.stream(nodeIds).boxed().toList(), tags));
    }

    @Override
    public void relation(long id, List<OsmMember> members, Map<String, String> tags) {
        elements.add(RecordedElement.relation(id, members, tags));
    }
}
