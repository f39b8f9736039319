package org.lifecircle.service;

import java.util.List;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.WalkingGraph;
import org.lifecircle.service.map.LoadedDataset;

/** A dataset read straight from input files (the inputs of a coverage request), for the map. */
public final class FileDatasets {

    private FileDatasets() {
    }

    /** Reads the request's inputs; the version is the files' names and sizes and modification times. */
    public static LoadedDataset load(String name, CoverageRequest request) {
        WalkingGraph graph = new OsmNetworkLoader(PedestrianAccess.standard()).load(request.osmFile()).graph();
        CoverageInputs inputs = new CoverageInputs(request, graph.edgeIndex().bounds());
        var districts = inputs.districts();
        return new LoadedDataset(name, "files", graph, inputs.facilities(), inputs.areas(), districts,
                inputs.census(districts));
    }

    /** The demo city of the installation as a dataset named {@code demo}. */
    public static LoadedDataset demo() {
        return load("demo", new DemoJob(DemoJob.defaultFolder(), DemoJob.defaultFolder()).request());
    }

    static List<String> names() {
        return List.of("demo");
    }
}
