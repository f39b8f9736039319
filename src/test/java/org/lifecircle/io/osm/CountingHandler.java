package org.lifecircle.io.osm;

import java.util.List;
import java.util.Map;

/** Counts elements, tags, way node refs and relation members, and tracks the nodes' bounding box. */
final class CountingHandler implements OsmHandler {

    long nodes;
    long ways;
    long relations;
    long tags;
    long wayNodeRefs;
    long members;
    double minLonDegrees = Double.POSITIVE_INFINITY;
    double maxLonDegrees = Double.NEGATIVE_INFINITY;
    double minLatDegrees = Double.POSITIVE_INFINITY;
    double maxLatDegrees = Double.NEGATIVE_INFINITY;

    @Override
    public void node(long id, double lon, double lat, Map<String, String> tagMap) {
        nodes++;
        tags += tagMap.size();
        minLonDegrees = Math.min(minLonDegrees, lon);
        maxLonDegrees = Math.max(maxLonDegrees, lon);
        minLatDegrees = Math.min(minLatDegrees, lat);
        maxLatDegrees = Math.max(maxLatDegrees, lat);
    }

    @Override
    public void way(long id, long[] nodeIds, Map<String, String> tagMap) {
        ways++;
        tags += tagMap.size();
        wayNodeRefs += nodeIds.length;
    }

    @Override
    public void relation(long id, List<OsmMember> memberList, Map<String, String> tagMap) {
        relations++;
        tags += tagMap.size();
        members += memberList.size();
    }
}
