package org.lifecircle.service.coverage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.demo.city.CityFigures;
import org.lifecircle.demo.city.CityFiles;
import org.lifecircle.demo.city.CityGenerator;
import org.lifecircle.model.Progress;

/**
 * The generated city: writes it ({@code lifecircle generate city}) and names its files as the
 * coverage command line reads them ({@code --osm network.osm.pbf --facilities facilities.csv@gcj02
 * --residential residential.geojson --districts districts.geojson --population census.csv}).
 */
public final class CityJob {

    private final Path folder;
    private final int walkingNodes;
    private final long seed;
    private Progress progress = Progress.NONE;

    public CityJob(Path folder, int walkingNodes, long seed) {
        this.folder = folder;
        this.walkingNodes = walkingNodes;
        this.seed = seed;
    }

    public static int defaultWalkingNodes() {
        return CityGenerator.DEFAULT_WALKING_NODES;
    }

    public static long defaultSeed() {
        return CityGenerator.DEFAULT_SEED;
    }

    /** What the generated city holds, for the command line's one line. */
    public record Summary(long osmNodes, int areas, int compounds, int facilities, int districts, int streets,
                          int communities, int plantedGaps) {
    }

    /** Tells writing the files to the progress; none by default. */
    public CityJob progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    public Summary run() {
        CityFigures city = new CityGenerator(folder, walkingNodes, seed).progress(progress).generate();
        return new Summary(city.osmNodes(), city.areas(), city.compounds(), city.facilities(), city.districts(),
                city.streets(), city.communities(), city.plantedGaps());
    }

    /** The city's input files with their coordinate systems, as a coverage run or an import reads them. */
    public static DatasetSources sources(Path folder) {
        return new DatasetSources(folder.resolve(CityFiles.NETWORK),
                List.of(new FileWithCrs(folder.resolve(CityFiles.FACILITIES),
                        Optional.of(CrsSpec.parse(CityFiles.FACILITIES_CRS)))),
                Optional.of(new FileWithCrs(folder.resolve(CityFiles.RESIDENTIAL), Optional.empty())),
                Optional.of(new FileWithCrs(folder.resolve(CityFiles.DISTRICTS), Optional.empty())),
                Optional.of(folder.resolve(CityFiles.CENSUS)));
    }
}
