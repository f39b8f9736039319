package org.lifecircle.service.coverage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lifecircle.coverage.GateMatch;
import org.lifecircle.coverage.GateMatcher;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.io.inputs.CensusTable;
import org.lifecircle.io.inputs.DistrictLayer;
import org.lifecircle.io.inputs.FacilityLayer;
import org.lifecircle.io.inputs.GateLayer;
import org.lifecircle.io.inputs.ResidentialLayer;
import org.lifecircle.io.inputs.UnitLayer;
import org.lifecircle.io.osm.OsmFeatureExtractor;
import org.lifecircle.io.osm.OsmFeatures;
import org.lifecircle.io.osm.OsmNetwork;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.model.Category;
import org.lifecircle.model.District;
import org.lifecircle.model.EntrancePoint;
import org.lifecircle.model.Facility;
import org.lifecircle.model.FacilityReplacement;
import org.lifecircle.model.Progress;
import org.lifecircle.model.ResidentialArea;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.service.Timer;
import org.lifecircle.units.AdminUnit;
import org.lifecircle.units.UnitFile;
import org.lifecircle.units.UnitLevel;
import org.lifecircle.units.UnitParents;
import org.lifecircle.units.UnitTree;

/**
 * Reads a run's walking graph, facilities, areas, districts and census totals from files, falling
 * back to the OSM file for facilities and areas. Reads the OSM features at most once. Used by the
 * file-based coverage run and by the import, so that both read exactly the same. Each input file
 * must come near the walking network ({@link InputExtent}).
 */
public final class CoverageInputs {

    private final DatasetSources sources;
    private final List<String> repaired = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private OsmFeatures osmFeatures;
    private CategoryTable categoryTable;
    private InputExtent extent;
    private List<String> keptFromOsm = List.of();
    private final List<String> warnings = new ArrayList<>();
    private CrsGuard guard;
    private Progress progress = Progress.NONE;
    private Optional<GateReport> gateReport = Optional.empty();

    public CoverageInputs(DatasetSources sources) {
        this.sources = sources;
    }

    /** Reads everything; laps "network" on the timer once the graph is built. */
    public CoverageData read(Timer timer) {
        OsmNetwork network = new OsmNetworkLoader(PedestrianAccess.standard()).progress(progress).load(sources.osmFile());
        timer.lap("network");
        try (Progress.Step step = progress.step("reading facilities, residential areas and units", 0, "")) {
            return features(network);
        }
    }

    /** Tells reading the network, building the graph and reading the other files to the progress; none by default. */
    public CoverageInputs progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    private CoverageData features(OsmNetwork network) {
        extent = new InputExtent(network.graph().edgeIndex().bounds(), sources.osmFile());
        guard = new CrsGuard(network.graph());
        List<Facility> facilities = facilities();
        List<District> districts = districts();
        List<ResidentialArea> areas = gated(areas());
        sources.districtFile().ifPresent(file -> guard.checkDistricts(nameOf(file), file.crs(),
                districts.stream().map(District::boundary).toList(),
                areas.stream().map(ResidentialArea::polygon).toList()).ifPresent(warnings::add));
        Map<Integer, Double> census = sources.populationFile().map(file -> CensusTable.read(file, districts))
                .orElse(Map.of());
        Map<Integer, double[]> censusAges = sources.populationFile().map(file -> CensusTable.readAges(file, districts))
                .orElse(Map.of());
        UnitTree units = units(districts);
        return new CoverageData(network.graph(), network.build(), facilities, areas, districts, census,
                List.copyOf(repaired), List.copyOf(skipped), inputsUsed(), Optional.of(network.read().duplicateNodes()),
                censusAges, units, List.copyOf(warnings));
    }

    /**
     * The files' facilities; with {@link FacilityReplacement#CATEGORIES} also the OSM facilities of
     * every facility category the files have none of (OSM's first, in their order, then the files').
     */
    private List<Facility> facilities() {
        if (sources.facilityFiles().isEmpty()) {
            return osm().facilities();
        }
        FacilityLayer layer = new FacilityLayer(categories());
        List<Facility> fromFiles = new ArrayList<>();
        for (FileWithCrs file : sources.facilityFiles()) {
            fromFiles.addAll(layer.facilities(readChecked(file), nameOf(file)));
        }
        if (sources.facilityReplacement() == FacilityReplacement.ALL) {
            return fromFiles;
        }
        Set<Category> replaced = fromFiles.stream().map(Facility::category).collect(Collectors.toSet());
        List<Facility> facilities = new ArrayList<>(osm().facilities().stream()
                .filter(f -> !replaced.contains(f.category())).toList());
        facilities.addAll(fromFiles);
        keptFromOsm = facilities.stream().limit(facilities.size() - fromFiles.size()).map(f -> f.category().id())
                .distinct().sorted().toList();
        return facilities;
    }

    private List<ResidentialArea> areas() {
        if (sources.residentialFile().isEmpty()) {
            return osm().areas();
        }
        ResidentialLayer layer = new ResidentialLayer();
        List<ResidentialArea> areas = layer.areas(readChecked(sources.residentialFile().get()));
        repaired.addAll(layer.repaired());
        return areas;
    }

    /** The areas with the gate file's gates as their entrances (none: as they are); summary.json says what matched. */
    private List<ResidentialArea> gated(List<ResidentialArea> areas) {
        if (sources.gateFile().isEmpty()) {
            return areas;
        }
        FileWithCrs file = sources.gateFile().get();
        List<EntrancePoint> gates = new GateLayer().gates(readChecked(file));
        GateMatch match = new GateMatcher(areas, gates).run();
        gateReport = Optional.of(GateReport.of(file, gates.size(), match));
        return match.areas();
    }

    private List<District> districts() {
        if (sources.districtFile().isEmpty()) {
            return List.of();
        }
        DistrictLayer layer = new DistrictLayer();
        List<District> districts = layer.districts(read(sources.districtFile().get()));
        repaired.addAll(layer.repaired());
        return districts;
    }

    /** The districts and the other levels given, each unit with its parent (errors name the unit). */
    private UnitTree units(List<District> districts) {
        Map<UnitLevel, List<AdminUnit>> given = new EnumMap<>(UnitLevel.class);
        String districtFile = sources.districtFile().map(f -> String.valueOf(f.path().getFileName())).orElse("");
        given.put(UnitLevel.DISTRICT, UnitTree.ofDistricts(districts, districtFile).units(UnitLevel.DISTRICT));
        for (UnitFile file : sources.unitFiles()) {
            UnitLayer layer = new UnitLayer(file.level());
            given.put(file.level(), layer.units(read(file.file())));
            repaired.addAll(layer.repaired());
        }
        return new UnitParents(given).run();
    }

    private List<SourceFeature> read(FileWithCrs file) {
        List<SourceFeature> features = FeatureFiles.read(file);
        extent.requireNear(features, nameOf(file));
        return features;
    }

    /** Read, and checked against the network for a better fit in another coordinate system. */
    private List<SourceFeature> readChecked(FileWithCrs file) {
        List<SourceFeature> features = read(file);
        guard.check(nameOf(file), file.crs(), features).ifPresent(warnings::add);
        return features;
    }

    private static String nameOf(FileWithCrs file) {
        return String.valueOf(file.path().getFileName());
    }

    /** The category table, read once per run (it is data: edits apply to the next run). */
    private CategoryTable categories() {
        if (categoryTable == null) {
            categoryTable = CategoryTable.load();
        }
        return categoryTable;
    }

    private OsmFeatures osm() {
        if (osmFeatures == null) {
            osmFeatures = OsmFeatureExtractor.extract(sources.osmFile(), categories().values());
            osmFeatures.report().repairedIds().forEach(id -> repaired.add(sources.osmFile().getFileName() + " " + id));
            osmFeatures.report().skipped().forEach(s -> skipped.add(s.toString()));
        }
        return osmFeatures;
    }

    private Map<String, Object> inputsUsed() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("osm", sources.osmFile().toString());
        inputs.put("facilities", sources.facilityFiles().isEmpty() ? "from the OSM file"
                : sources.facilityFiles().stream().map(Object::toString).toList());
        if (!sources.facilityFiles().isEmpty()) {
            inputs.put("facilityReplacement", sources.facilityReplacement().id());
            inputs.put("facilityCategoriesFromOsm", keptFromOsm);
        }
        inputs.put("residential", sources.residentialFile().map(Object::toString).orElse("from the OSM file"));
        inputs.put("districts", sources.districtFile().map(Object::toString).orElse(null));
        sources.unitFiles().forEach(u -> inputs.put(u.level().id() + "Units", u.file().toString()));
        inputs.put("population", sources.populationFile().map(Object::toString).orElse(null));
        gateReport.ifPresent(report -> inputs.put("gates", report));
        Map<String, String> readIn = new LinkedHashMap<>();
        sources.facilityFiles().forEach(file -> readIn.put(file.path().toString(), readIn(file)));
        sources.residentialFile().ifPresent(file -> readIn.put(file.path().toString(), readIn(file)));
        sources.districtFile().ifPresent(file -> readIn.put(file.path().toString(), readIn(file)));
        inputs.put("crs", readIn);
        return inputs;
    }

    /** The system a file was read in: the one given after '@'; else a CSV is WGS84, other formats say their own. */
    private static String readIn(FileWithCrs file) {
        if (file.crs().isPresent()) {
            return file.crs().get().toString();
        }
        String name = nameOf(file).toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt") ? CrsSpec.wgs84().toString()
                : "declared by the file (.prj, GeoJSON crs, GeoPackage srs), else wgs84";
    }
}
