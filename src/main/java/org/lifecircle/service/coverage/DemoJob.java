package org.lifecircle.service.coverage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.units.UnitFile;
import org.lifecircle.units.UnitLevel;
import org.lifecircle.demo.DemoCityGenerator;
import org.lifecircle.demo.DemoFiles;
import org.lifecircle.model.InvalidInputException;

/**
 * The demo: the coverage job on the demo city's files, run exactly as {@code lifecircle coverage
 * --osm network.osm --facilities facilities.csv@gcj02 --residential residential.geojson
 * --districts districts.geojson} runs it (default profile and limits), and regenerating those files.
 */
public final class DemoJob {

    private final Path demoFolder;
    private final Path outFolder;

    /**
     * @param demoFolder where the demo files are (see {@link DemoFiles#defaultFolder()})
     * @param outFolder where the coverage outputs go
     */
    public DemoJob(Path demoFolder, Path outFolder) {
        this.demoFolder = demoFolder;
        this.outFolder = outFolder;
    }

    /** The request the equivalent {@code coverage} command line makes. */
    public CoverageRequest request() {
        return new CoverageRequest(sourcesWithUnits(demoFolder), CoverageParameters.defaults(), outFolder);
    }

    /** The demo city's input files, as the coverage command line and {@code import --demo} name them. */
    public static DatasetSources sources(Path demoFolder) {
        return new DatasetSources(demoFolder.resolve(DemoFiles.NETWORK),
                List.of(new FileWithCrs(demoFolder.resolve(DemoFiles.FACILITIES),
                        Optional.of(CrsSpec.parse(DemoFiles.FACILITIES_CRS)))),
                Optional.of(new FileWithCrs(demoFolder.resolve(DemoFiles.RESIDENTIAL), Optional.empty())),
                Optional.of(new FileWithCrs(demoFolder.resolve(DemoFiles.DISTRICTS), Optional.empty())),
                Optional.empty());
    }

    /**
     * The demo city's files with its streets and communities ({@code --units street=streets.geojson
     * --units community=communities.geojson}), as {@code lifecircle demo} runs them; the stores keep
     * districts only, so {@code import --demo} takes {@link #sources}.
     */
    public static DatasetSources sourcesWithUnits(Path demoFolder) {
        DatasetSources plain = sources(demoFolder);
        return new DatasetSources(plain.osmFile(), plain.facilityFiles(), plain.residentialFile(), plain.districtFile(),
                plain.populationFile(), List.of(
                        new UnitFile(UnitLevel.STREET, new FileWithCrs(demoFolder.resolve(DemoFiles.STREETS),
                                Optional.empty())),
                        new UnitFile(UnitLevel.COMMUNITY, new FileWithCrs(demoFolder.resolve(DemoFiles.COMMUNITIES),
                                Optional.empty()))), plain.facilityReplacement(), plain.gateFile());
    }

    /** Throws the demo's "no demo city here" message when the folder has no demo files. */
    public static void requireDemoFiles(Path demoFolder) {
        if (!Files.isRegularFile(demoFolder.resolve(DemoFiles.NETWORK))) {
            throw new InvalidInputException(demoFolder + ": no demo city here (" + DemoFiles.NETWORK + " is missing);"
                    + " run it with the ./lifecircle launcher or from the LifeCircle folder, or write the files here"
                    + " first with 'lifecircle demo generate'");
        }
    }

    /** Runs the coverage job on the demo files and writes its outputs. */
    public CoverageReport run() {
        requireDemoFiles(demoFolder);
        CoverageReport report = new CoverageJob(request()).run();
        CoverageOutputs.write(outFolder, report);
        return report;
    }

    /** gis-data/demo of the installation (lifecircle.home), else of the working directory. */
    public static Path defaultFolder() {
        return DemoFiles.defaultFolder();
    }

    /** Writes the demo city's files into a folder; returns them. */
    public static List<Path> generate(Path folder) {
        return new DemoCityGenerator(folder).generate();
    }
}
