package org.lifecircle.demo.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.cli.LifeCircleCli;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.export.Ogr;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.CensusTable;
import org.lifecircle.io.inputs.DistrictLayer;
import org.lifecircle.io.osm.OsmNetwork;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.model.District;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.network.PedestrianAccess;

/**
 * The generated city at 20,000 walking nodes: the same bytes for a seed, the project's readers read
 * every file back, and the sizes scale as {@link CitySize} documents.
 */
class CityGeneratorTest {

    static final int NODES = 20_000;
    static final long SEED = 42;
    /**
     * At 20,000 nodes the city is 24 x 24 cells and one cell more a side adds about 9 % of nodes,
     * so the nearest side can be 4.5 % off, and CitySize's per-cell figure about 1 % more (measured:
     * 20,959 nodes at this seed, +4.8 %). From 250,000 nodes a cell a side is under 2.6 %.
     */
    static final double NODE_TOLERANCE = 0.06;

    @TempDir
    static Path shared;
    static Path city;
    static CityFigures figures;

    @BeforeAll
    static void generate() {
        city = shared.resolve("city");
        figures = new CityGenerator(city, NODES, SEED).generate();
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        Path again = shared.resolve("again");
        new CityGenerator(again, NODES, SEED).generate();
        for (String file : CityFiles.ALL) {
            assertThat(Files.mismatch(city.resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
        }
        Path other = shared.resolve("other");
        new CityGenerator(other, NODES, SEED + 1).generate();
        assertThat(Files.mismatch(city.resolve(CityFiles.NETWORK), other.resolve(CityFiles.NETWORK))).isNotEqualTo(-1L);
        assertThat(Files.mismatch(city.resolve(CityFiles.FACILITIES), other.resolve(CityFiles.FACILITIES)))
                .isNotEqualTo(-1L);
    }

    /** Units scale as CitySize documents: districts as powers of two, streets and communities with the nodes. */
    @Test
    void unitsScaleWithTheNodeCount() {
        int[][] expected = {{250_000, 4, 32}, {500_000, 4, 64}, {1_000_000, 8, 128}, {2_000_000, 16, 256}};
        for (int[] row : expected) {
            CitySize size = CitySize.forWalkingNodes(row[0]);
            assertThat(size.districts()).as(row[0] + " districts").isEqualTo(row[1]);
            assertThat(size.streets()).as(row[0] + " streets").isEqualTo(row[2]);
            assertThat(size.communities()).as(row[0] + " communities").isEqualTo(row[2] * 20);
            assertThat(CitySize.expectedNodes(size.columns())).as(row[0] + " nodes")
                    .isCloseTo(row[0], within(row[0] * 0.01));
        }
    }

    /** The default size is Tianjin-like: at least 30,000 compounds and 6,000 facilities (facilities.csv only). */
    @Test
    void defaultSizeIsTianjinLike() throws IOException {
        CityPlan plan = new CityPlan(CitySize.forWalkingNodes(CityGenerator.DEFAULT_WALKING_NODES),
                CityGenerator.DEFAULT_SEED);
        int compounds = 0;
        for (int r = 0; r < plan.rows(); r++) {
            for (int c = 0; c < plan.columns(); c++) {
                compounds += plan.kind(c, r) == CityPlan.Kind.COMPOUND || plan.kind(c, r) == CityPlan.Kind.ESTATE ? 1 : 0;
            }
        }
        assertThat(compounds).isGreaterThanOrEqualTo(30_000);
        CityProjection projection = new CityProjection(plan.widthMeters(), plan.widthMeters());
        Path file = shared.resolve("default-facilities.csv");
        new CityFacilities(plan, new CityUnits(plan.size()), projection).write(file);
        assertThat(Files.readAllLines(file).size() - 1).isGreaterThanOrEqualTo(6_000);
    }

    @Test
    void pbfBuildsAWalkingGraphOfTheAskedSize() {
        OsmNetwork network = new OsmNetworkLoader(PedestrianAccess.standard()).load(city.resolve(CityFiles.NETWORK));
        assertThat((double) network.graph().nodeCount()).isCloseTo(NODES, within(NODES * NODE_TOLERANCE));
        assertThat(network.read().duplicateNodes().count()).isZero();
        assertThat(network.build().droppedComponents()).as("park fragments").isPositive();
    }

    @Test
    void everyFileReadsBackThroughTheProjectsReaders() {
        List<SourceFeature> facilities = FeatureFiles.read(new FileWithCrs(city.resolve(CityFiles.FACILITIES),
                Optional.of(CrsSpec.parse("gcj02"))));
        assertThat(facilities).hasSize(figures.facilities());
        assertThat(FeatureFiles.read(file(CityFiles.RESIDENTIAL))).hasSize(figures.areas());
        List<District> districts = new DistrictLayer().districts(FeatureFiles.read(file(CityFiles.DISTRICTS)));
        assertThat(districts).hasSize(figures.districts());
        assertThat(new DistrictLayer().districts(FeatureFiles.read(file(CityFiles.STREETS)))).hasSize(figures.streets());
        assertThat(new DistrictLayer().districts(FeatureFiles.read(file(CityFiles.COMMUNITIES))))
                .hasSize(figures.communities());
        double censusResidents = CensusTable.read(city.resolve(CityFiles.CENSUS), districts).values().stream()
                .mapToDouble(Double::doubleValue).sum();
        assertThat(censusResidents).isEqualTo((double) figures.residents());
    }

    /**
     * The coverage command line on the generated files finds the planted gaps of both kinds: each
     * planted compound is uncovered for its rule, its nearest facility on foot well beyond the
     * 720 m walk, although the planted facility is 220 m away (river) or 22 m from a gate (locked).
     */
    @Test
    void coverageFindsThePlantedGaps() throws IOException {
        Path out = shared.resolve("coverage");
        StringWriter err = new StringWriter();
        int code = LifeCircleCli.execute(new String[] {"coverage", "--osm", path(CityFiles.NETWORK),
            "--facilities", path(CityFiles.FACILITIES) + "@gcj02", "--residential", path(CityFiles.RESIDENTIAL),
            "--districts", path(CityFiles.DISTRICTS), "--population", path(CityFiles.CENSUS), "--out", out.toString()},
            new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        Map<String, Map<String, String>> areas = new HashMap<>();
        rows(out.resolve("coverage.csv")).forEach(row -> areas.put(row.get("source_id"), row));
        List<Map<String, String>> planted = rows(city.resolve(CityFiles.EXPECTED_GAPS));
        assertThat(planted).extracting(row -> row.get("kind")).contains("river", "locked_gate");
        assertThat(planted).hasSize(2 * figures.plantedGaps());
        for (Map<String, String> gap : planted) {
            Map<String, String> area = areas.get(gap.get("source_id"));
            String rule = gap.get("category");
            String what = gap.get("source_id") + " " + rule + " " + gap.get("kind");
            assertThat(area.get(rule + "_covered")).as(what).isEqualTo("false");
            String distance = area.get(rule + "_distance_m");
            if (!distance.isEmpty()) {
                assertThat(Double.parseDouble(distance)).as(what).isGreaterThan(720 + 200);
            }
        }
    }

    /** GDAL's OSM driver, an independent PBF reader, sees the streets, walls, gates, river and railway. */
    @Test
    void gdalReadsThePbf() {
        Path pbf = city.resolve(CityFiles.NETWORK);
        List<String> classes = Ogr.values(Ogr.sql(pbf, "SELECT DISTINCT highway FROM lines"), "highway");
        assertThat(classes).contains("primary", "secondary", "tertiary", "residential", "footway", "service",
                "living_street");
        long walls = count(pbf, "SELECT COUNT(*) AS n FROM lines WHERE barrier = 'wall'");
        assertThat(walls).isEqualTo(figures.compounds());
        assertThat(count(pbf, "SELECT COUNT(*) AS n FROM points WHERE barrier = 'gate'")).isGreaterThanOrEqualTo(walls);
        assertThat(count(pbf, "SELECT COUNT(*) AS n FROM points WHERE other_tags LIKE '%\"locked\"=>\"yes\"%'"))
                .isPositive();
        assertThat(count(pbf, "SELECT COUNT(*) AS n FROM points WHERE other_tags LIKE '%\"access\"=>\"private\"%'"))
                .isPositive();
        assertThat(count(pbf, "SELECT COUNT(*) AS n FROM lines WHERE waterway = 'river'")).isEqualTo(1);
        assertThat(count(pbf, "SELECT COUNT(*) AS n FROM lines WHERE railway = 'rail'")).isEqualTo(1);
        assertThat(count(pbf, "SELECT COUNT(*) AS n FROM lines WHERE other_tags LIKE '%\"bridge\"=>\"yes\"%'"))
                .isPositive();
    }

    private static long count(Path pbf, String query) {
        return Long.parseLong(Ogr.values(Ogr.sql(pbf, query), "n").get(0));
    }

    private static String path(String name) {
        return city.resolve(name).toString();
    }

    /** A CSV file's rows by column name (the generated files quote nothing). */
    static List<Map<String, String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static FileWithCrs file(String name) {
        return new FileWithCrs(city.resolve(name), Optional.empty());
    }
}
