package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * OSM nodes and ways being drawn from the plan. A point gets one node id however often it is used
 * (points closer than a millimetre are the same node), so ways that meet share their node. Ids
 * count from 1 in the order points and ways are first added, which the plan fixes.
 */
final class OsmDraft {

    /** A way: its id, node ids in order, and tags sorted by key. */
    record Way(long id, List<Long> nodeIds, SortedMap<String, String> tags) {
    }

    /** A node position rounded to millimetres, to find a point again. */
    private record Key(long eastMillimeters, long northMillimeters) {

        static Key of(Xy point) {
            return new Key(Math.round(point.eastMeters() * 1000), Math.round(point.northMeters() * 1000));
        }
    }

    private final Map<Key, Long> idsByKey = new HashMap<>();
    private final List<Xy> positions = new ArrayList<>();
    private final Map<Long, SortedMap<String, String>> nodeTags = new HashMap<>();
    private final List<Way> ways = new ArrayList<>();

    /** The id of the node at this point, created on first use. */
    long node(Xy point) {
        return idsByKey.computeIfAbsent(Key.of(point), key -> {
            positions.add(point);
            return (long) positions.size();
        });
    }

    /** Tags the node at this point; it must already be part of a way. */
    void tagNode(Xy point, Map<String, String> tags) {
        Long id = idsByKey.get(Key.of(point));
        if (id == null) {
            throw new IllegalStateException("plan error: no way passes through " + point);
        }
        nodeTags.computeIfAbsent(id, key -> new TreeMap<>()).putAll(tags);
    }

    void way(List<Xy> points, Map<String, String> tags) {
        List<Long> ids = new ArrayList<>(points.size());
        for (Xy point : points) {
            ids.add(node(point));
        }
        ways.add(new Way(ways.size() + 1L, List.copyOf(ids), Collections.unmodifiableSortedMap(new TreeMap<>(tags))));
    }

    int nodeCount() {
        return positions.size();
    }

    /** Position of node {@code id} (1-based). */
    Xy position(long id) {
        return positions.get((int) (id - 1));
    }

    SortedMap<String, String> tagsOf(long id) {
        return nodeTags.getOrDefault(id, Collections.emptySortedMap());
    }

    List<Way> ways() {
        return Collections.unmodifiableList(ways);
    }
}
