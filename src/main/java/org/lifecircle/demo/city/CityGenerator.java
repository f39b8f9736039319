package org.lifecircle.demo.city;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.Progress;

/**
 * Writes a generated city of about the asked number of walking nodes into a folder
 * ({@link CityFiles}); the same seed gives the same bytes. The city's shape is in {@link CityPlan},
 * its size in {@link CitySize}.
 */
public final class CityGenerator {

    public static final long DEFAULT_SEED = 20260101L;
    public static final int DEFAULT_WALKING_NODES = CitySize.DEFAULT_WALKING_NODES;
    public static final int MIN_WALKING_NODES = CitySize.MIN_WALKING_NODES;

    private final Path folder;
    private final int walkingNodes;
    private final long seed;
    private Progress progress = Progress.NONE;

    public CityGenerator(Path folder, int walkingNodes, long seed) {
        if (walkingNodes < MIN_WALKING_NODES) {
            throw new InvalidInputException("--walking-nodes " + walkingNodes + " is too small; a city needs at least "
                    + MIN_WALKING_NODES);
        }
        this.folder = folder;
        this.walkingNodes = walkingNodes;
        this.seed = seed;
    }

    /** Tells writing the network and the other files to the progress; none by default. */
    public CityGenerator progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    public CityFigures generate() {
        CitySize size = CitySize.forWalkingNodes(walkingNodes);
        CityPlan plan = new CityPlan(size, seed);
        CityProjection projection = new CityProjection(plan.widthMeters(), plan.widthMeters());
        CityUnits units = new CityUnits(size);
        createFolder();
        CityOsm osm = new CityOsm(plan, projection);
        try (Progress.Step step = progress.step("writing " + CityFiles.NETWORK, 0, "")) {
            osm.write(folder.resolve(CityFiles.NETWORK));
        } catch (IOException e) {
            throw new InvalidInputException(CityFiles.NETWORK + ": cannot write (" + e.getMessage() + ")", e);
        }
        CityFacilities facilities = new CityFacilities(plan, units, projection);
        CityResidents residents = new CityResidents(plan, units);
        try (Progress.Step step = progress.step("writing facilities, residential areas, units and census", 0, "")) {
            facilities.write(folder.resolve(CityFiles.FACILITIES));
            residents.writeAreas(folder.resolve(CityFiles.RESIDENTIAL), projection);
            residents.writeCensus(folder.resolve(CityFiles.CENSUS));
            CityUnitFiles.write(folder, units, projection);
            CityGaps.write(folder.resolve(CityFiles.EXPECTED_GAPS), plan, facilities.plantedIds());
        }
        return new CityFigures(walkingNodes, plan.columns(), units.districts(), units.streets(), units.communities(),
                residents.areas(), compounds(plan), residents.residents(), facilities.written(), osm.nodes(),
                osm.ways(), plan.riverGaps().size() + plan.estates().size());
    }

    private static int compounds(CityPlan plan) {
        int compounds = 0;
        for (int r = 0; r < plan.rows(); r++) {
            for (int c = 0; c < plan.columns(); c++) {
                CityPlan.Kind kind = plan.kind(c, r);
                compounds += kind == CityPlan.Kind.COMPOUND || kind == CityPlan.Kind.ESTATE ? 1 : 0;
            }
        }
        return compounds;
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidInputException(folder.getFileName() + ": cannot create the folder for the city ("
                    + e.getMessage() + ")");
        }
    }
}
