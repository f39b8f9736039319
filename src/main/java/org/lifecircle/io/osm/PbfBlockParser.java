package org.lifecircle.io.osm;

import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;
import crosby.binary.file.FileBlock;
import crosby.binary.file.FileBlockPosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Decodes the blocks osmpbf hands over into handler calls: delta-coded dense nodes, ids, way refs
 * and relation members, and coordinates through the block's granularity and offsets. The blocks
 * come inflated from {@link PbfFrames}, which also notices a file that ends inside a block.
 */
final class PbfBlockParser extends BinaryParser {

    static final Set<String> SUPPORTED_FEATURES = Set.of("OsmSchema-V0.6", "DenseNodes");
    static final String HISTORY_FEATURE = "HistoricalInformation";
    private static final String HEADER_BLOCK = "OSMHeader";

    private final Path file;
    private final OsmHandler handler;
    /** Reused for every element; the handler must not keep it. */
    private final Map<String, String> tags = new HashMap<>();
    private boolean headerSeen;

    PbfBlockParser(Path file, OsmHandler handler) {
        this.file = file;
        this.handler = handler;
    }

    boolean headerSeen() {
        return headerSeen;
    }

    /** Not called: {@link PbfFrames} reads every block (unknown types are ignored by the parser). */
    @Override
    public boolean skipBlock(FileBlockPosition block) {
        return false;
    }

    @Override
    public void handleBlock(FileBlock block) {
        if (!headerSeen && !HEADER_BLOCK.equals(block.getType())) {
            throw OsmInputs.problem(file, "not an OSM PBF file (first block is '" + block.getType()
                    + "', not " + HEADER_BLOCK + ")");
        }
        super.handleBlock(block);
    }

    @Override
    public void complete() {
        // not called: the reader drives the blocks itself
    }

    @Override
    protected void parse(Osmformat.HeaderBlock header) {
        for (String feature : header.getRequiredFeaturesList()) {
            if (HISTORY_FEATURE.equals(feature)) {
                throw OsmInputs.problem(file, "PBF file holds OSM history (required feature "
                        + HISTORY_FEATURE + "), which is not supported: use a current-state extract");
            }
            if (!SUPPORTED_FEATURES.contains(feature)) {
                throw OsmInputs.problem(file, "PBF file requires unsupported feature '" + feature
                        + "' (supported: DenseNodes, OsmSchema-V0.6)");
            }
        }
        headerSeen = true;
    }

    @Override
    protected void parseDense(Osmformat.DenseNodes dense) {
        int count = dense.getIdCount();
        if (dense.getLatCount() != count || dense.getLonCount() != count) {
            throw OsmInputs.problem(file, "corrupt PBF (dense node id, lat and lon counts differ)");
        }
        long id = 0;
        long lat = 0;
        long lon = 0;
        int keyValIndex = 0;
        for (int i = 0; i < count; i++) {
            id += dense.getId(i);
            lat += dense.getLat(i);
            lon += dense.getLon(i);
            keyValIndex = readDenseTags(dense, keyValIndex);
            emitNode(id, parseLon(lon), parseLat(lat));
        }
    }

    /** Reads one node's key/value string ids, ended by a 0; returns the index after them. */
    private int readDenseTags(Osmformat.DenseNodes dense, int start) {
        tags.clear();
        int index = start;
        int end = dense.getKeysValsCount();
        while (index < end) {
            int key = dense.getKeysVals(index++);
            if (key == 0) {
                break;
            }
            tags.put(getStringById(key), getStringById(dense.getKeysVals(index++)));
        }
        return index;
    }

    @Override
    protected void parseNodes(List<Osmformat.Node> nodes) {
        for (Osmformat.Node node : nodes) {
            readTags(node.getKeysCount(), node.getValsCount(), node::getKeys, node::getVals);
            emitNode(node.getId(), parseLon(node.getLon()), parseLat(node.getLat()));
        }
    }

    @Override
    protected void parseWays(List<Osmformat.Way> ways) {
        for (Osmformat.Way way : ways) {
            readTags(way.getKeysCount(), way.getValsCount(), way::getKeys, way::getVals);
            long[] nodeIds = new long[way.getRefsCount()];
            long ref = 0;
            for (int i = 0; i < nodeIds.length; i++) {
                ref += way.getRefs(i);
                nodeIds[i] = ref;
            }
            try {
                handler.way(way.getId(), nodeIds, tags);
            } catch (RuntimeException | Error e) {
                throw new HandlerFailure(e);
            }
        }
    }

    @Override
    protected void parseRelations(List<Osmformat.Relation> relations) {
        for (Osmformat.Relation relation : relations) {
            readTags(relation.getKeysCount(), relation.getValsCount(), relation::getKeys, relation::getVals);
            List<OsmMember> members = members(relation);
            try {
                handler.relation(relation.getId(), members, tags);
            } catch (RuntimeException | Error e) {
                throw new HandlerFailure(e);
            }
        }
    }

    private List<OsmMember> members(Osmformat.Relation relation) {
        int count = relation.getMemidsCount();
        if (relation.getTypesCount() != count || relation.getRolesSidCount() != count) {
            throw OsmInputs.problem(file, "corrupt PBF (relation " + relation.getId()
                    + ": member id, type and role counts differ)");
        }
        List<OsmMember> members = new ArrayList<>(count);
        long ref = 0;
        for (int i = 0; i < count; i++) {
            ref += relation.getMemids(i);
            String type = switch (relation.getTypes(i)) {
                case NODE -> "node";
                case WAY -> "way";
                case RELATION -> "relation";
            };
            members.add(new OsmMember(type, ref, getStringById(relation.getRolesSid(i))));
        }
        return List.copyOf(members);
    }

    private void readTags(int keyCount, int valueCount, IntUnaryOperator keyAt, IntUnaryOperator valueAt) {
        if (keyCount != valueCount) {
            throw OsmInputs.problem(file, "corrupt PBF (an element has " + keyCount + " tag keys but "
                    + valueCount + " values)");
        }
        tags.clear();
        for (int i = 0; i < keyCount; i++) {
            tags.put(getStringById(keyAt.applyAsInt(i)), getStringById(valueAt.applyAsInt(i)));
        }
    }

    private void emitNode(long id, double lonDegrees, double latDegrees) {
        try {
            handler.node(id, lonDegrees, latDegrees, tags);
        } catch (RuntimeException | Error e) {
            throw new HandlerFailure(e);
        }
    }

    /** Carries an exception thrown by the handler past the reader's corrupt-file translation. */
    static final class HandlerFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        HandlerFailure(Throwable cause) {
            super(null, cause, false, false);
        }

        void rethrowCause() {
            if (getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) getCause();
        }
    }
}
