package org.lifecircle.io.osm;

import java.nio.file.Path;
import java.util.Map;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.Progress;
import org.lifecircle.network.GraphBuildResult;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.WalkingGraphBuilder;

/**
 * Reads an OSM file into a walking graph. It only decides which ways are walkable and which
 * nodes block (through {@link PedestrianAccess}), remembers them compactly, and hands every way
 * to {@link WaySplitter}; the graph itself is built by {@link WalkingGraphBuilder}.
 */
public final class OsmNetworkLoader {

    private final PedestrianAccess access;
    private int minComponentNodes = WalkingGraphBuilder.DEFAULT_MIN_COMPONENT_NODES;
    private Progress progress = Progress.NONE;

    public OsmNetworkLoader(PedestrianAccess access) {
        this.access = access;
    }

    public OsmNetworkLoader minComponentNodes(int nodes) {
        this.minComponentNodes = nodes;
        return this;
    }

    /** Tells reading (elements read) and building the graph to the progress; none by default. */
    public OsmNetworkLoader progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Reads the file and builds its walking graph. */
    public OsmNetwork load(Path osmFile) {
        Collector collector = new Collector();
        try (Progress.Step step = progress.step("reading " + osmFile.getFileName(), 0, "nodes and ways")) {
            collector.step = step;
            OsmFiles.readerFor(osmFile).read(osmFile, collector);
            step.advanceTo(collector.nodesRead + collector.waysRead);
        }
        if (collector.ways.wayCount() == 0) {
            throw new InvalidInputException(osmFile.getFileName() + ": no walkable ways (" + collector.nodesRead
                    + " nodes and " + collector.waysRead + " ways read); is this the right extract?");
        }
        WalkingGraphBuilder builder = new WalkingGraphBuilder().minComponentNodes(minComponentNodes);
        WaySplitter splitter = new WaySplitter(collector.ways, collector.coordinates, collector.blocking, builder);
        GraphBuildResult built;
        try (Progress.Step step = progress.step("building the walking graph of " + collector.ways.wayCount()
                + " ways", 0, "")) {
            splitter.splitAll();
            built = builder.build();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(osmFile.getFileName() + ": " + e.getMessage(), e);
        }
        OsmReadReport read = new OsmReadReport(collector.nodesRead, collector.waysRead, collector.ways.wayCount(),
                splitter.blockingBarrierCount(), splitter.missingNodeRefCount(), collector.duplicates.result());
        return new OsmNetwork(built.graph(), read, built.report());
    }

    /** The handler: node coordinates, blocking barrier ids, walkable ways. */
    private final class Collector implements OsmHandler {
        private final NodeCoordinates coordinates = new NodeCoordinates();
        private final LongIntMap blocking = new LongIntMap(0);
        private final WalkableWays ways = new WalkableWays();
        private final DuplicateNodes.Counter duplicates = new DuplicateNodes.Counter();
        private long nodesRead;
        private long waysRead;
        private Progress.Step step = Progress.Step.NONE;

        /** Tells the step every 65,536 elements (a call per element would cost more than reading it). */
        private void counted() {
            long read = nodesRead + waysRead;
            if ((read & 0xFFFF) == 0) {
                step.advanceTo(read);
            }
        }

        @Override
        public void node(long id, double lon, double lat, Map<String, String> tags) {
            nodesRead++;
            counted();
            if (!coordinates.putFirst(id, lon, lat)) {
                duplicates.add(id);
                return;
            }
            if (!tags.isEmpty() && access.isBlockingBarrier(tags)) {
                blocking.put(id, 1);
            }
        }

        @Override
        public void way(long id, long[] nodeIds, Map<String, String> tags) {
            waysRead++;
            counted();
            if (nodeIds.length >= 2 && access.isWalkableWay(tags)) {
                ways.add(id, tags.get("highway"), nodeIds);
            }
        }
    }
}
