package org.lifecircle.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lifecircle.model.InvalidInputException;

/**
 * Writes the demo city into a folder ({@link DemoFiles}): the OSM network with compound outlines
 * and gates, the facility CSV (GCJ-02), residential areas (WGS84 GeoJSON), districts (CGCS2000
 * GeoJSON), streets and communities (WGS84 GeoJSON) and the list of deliberate gaps. The output is the same byte for byte on every run:
 * the plan is fixed, populations come from a fixed seed, numbers have fixed decimals and every
 * list is written in plan order.
 *
 * <p>Run {@code lifecircle demo generate} (or this class's main with a folder) after changing the plan,
 * and commit the files: a test compares them with freshly generated ones.
 */
public final class DemoCityGenerator {

    /** Seed of the population figures. */
    static final long POPULATION_SEED = 20220315L;
    private static final double SQUARE_METERS_PER_HECTARE = 10_000;
    private static final double POPULATION_SPREAD = 0.2;
    private static final int POPULATION_ROUNDING = 10;

    private final Path folder;

    public DemoCityGenerator(Path folder) {
        this.folder = folder;
    }

    /** Generates into the folder given, or into gis-data/demo. */
    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : DemoFiles.defaultFolder();
        List<Path> files = new DemoCityGenerator(folder).generate();
        System.out.println("demo generate: wrote " + files.size() + " files to " + folder);
    }

    /** Writes every file and returns their paths, in {@link DemoFiles#ALL} order. */
    public List<Path> generate() {
        createFolder();
        DemoProjection projection = new DemoProjection(Xy.of(DemoStreets.CITY_SIZE_METERS / 2,
                DemoStreets.CITY_SIZE_METERS / 2));
        List<Area> areas = DemoAreas.areas();
        Map<String, Integer> population = populations(areas);
        OsmDraft osm = DemoOsm.draw(DemoStreets.streets(), areas, population);
        OsmXmlFile.write(folder.resolve(DemoFiles.NETWORK), osm, projection);
        DemoCsvFiles.writeFacilities(folder.resolve(DemoFiles.FACILITIES), DemoFacilities.facilities(), projection);
        DemoGeoJsonFiles.writeResidential(folder.resolve(DemoFiles.RESIDENTIAL), areas, population, projection);
        DemoGeoJsonFiles.writeDistricts(folder.resolve(DemoFiles.DISTRICTS), DemoAreas.districts(), projection);
        DemoGeoJsonFiles.writeUnits(folder.resolve(DemoFiles.STREETS), "streets", DemoUnits.streets(), projection);
        DemoGeoJsonFiles.writeUnits(folder.resolve(DemoFiles.COMMUNITIES), "communities", DemoUnits.communities(),
                projection);
        DemoCsvFiles.writeGaps(folder.resolve(DemoFiles.EXPECTED_GAPS), DemoFacilities.gaps(), areas,
                DemoUnits.tierGaps());
        return DemoFiles.ALL.stream().map(folder::resolve).toList();
    }

    /** Residents per area: its land area times its density, varied by up to 10 % either way, in tens. */
    static Map<String, Integer> populations(List<Area> areas) {
        Random random = new Random(POPULATION_SEED);
        Map<String, Integer> population = new LinkedHashMap<>();
        for (Area area : areas) {
            double hectares = area.outline().areaSquareMeters() / SQUARE_METERS_PER_HECTARE;
            double factor = 1 - POPULATION_SPREAD / 2 + POPULATION_SPREAD * random.nextDouble();
            long residents = Math.round(hectares * area.residentsPerHectare() * factor / POPULATION_ROUNDING);
            population.put(area.id(), (int) residents * POPULATION_ROUNDING);
        }
        return population;
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidInputException(folder + ": cannot create the folder for the demo files ("
                    + e.getMessage() + ")");
        }
    }
}
