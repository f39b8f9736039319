package org.lifecircle.catchment;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.CategoryTable;
import org.lifecircle.io.inputs.FacilityLayer;
import org.lifecircle.io.osm.OsmNetworkLoader;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.SourceFeature;
import org.lifecircle.network.PedestrianAccess;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraph;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Catchments on the demo city (gis-data/demo): the river with its two bridges keeps the compound
 * across the river from 滨河日间照料中心 (DH-05, a deliberate gap) out of the elderly-care catchment,
 * while every facility lies inside its own; blocks the network does not reach stay holes.
 */
class DemoCatchmentTest {

    private static final Path DEMO = Path.of("gis-data", "demo");
    private static final double ELDERLY_METERS = 720;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static PlanarNetwork network;
    private static List<Facility> elderly;
    private static List<CatchmentSource> sources;
    private static List<SourceFeature> areas;

    @BeforeAll
    static void readTheDemoCity() {
        WalkingGraph graph = new OsmNetworkLoader(PedestrianAccess.standard()).load(DEMO.resolve("network.osm")).graph();
        network = PlanarNetwork.of(graph);
        List<Facility> facilities = new FacilityLayer(CategoryTable.load()).facilities(FeatureFiles.read(
                new FileWithCrs(DEMO.resolve("facilities.csv"), Optional.of(CrsSpec.gcj02()))), "facilities.csv");
        elderly = facilities.stream().filter(f -> f.category().equals(Category.of("elderly_care"))).toList();
        Snapper snapper = new Snapper(graph, Snapper.DEFAULT_MAX_SNAP_METERS);
        sources = new ArrayList<>();
        for (Facility f : elderly) {
            sources.add(new CatchmentSource(snapper.findSnap(f.lon(), f.lat()).orElseThrow(), f.lon(), f.lat()));
        }
        areas = FeatureFiles.read(new FileWithCrs(DEMO.resolve("residential.geojson"), Optional.empty()));
    }

    @Test
    void theCompoundAcrossTheRiverIsOutsideTheDissolvedElderlyCatchment() {
        Geometry catchment = dissolved().lonLat();
        assertThat(catchment.isValid()).isTrue();
        assertThat(catchment.contains(interiorPoint("DH-05"))).as("DH-05 滨河花园 across the river").isFalse();
        Facility across = elderly.stream().filter(f -> f.id().equals("EC-02")).findFirst().orElseThrow();
        assertThat(catchment.contains(point(across))).as("EC-02 itself").isTrue();
        assertThat(catchment.contains(interiorPoint("XL-01"))).as("a covered compound").isTrue();
    }

    @Test
    void everyFacilityLiesInsideItsOwnCatchment() {
        List<CatchmentPolygon> own = new CatchmentPolygons(network, sources).form(CatchmentForm.OVERLAP)
                .maxWalkMeters(ELDERLY_METERS).run();
        assertThat(own).hasSize(elderly.size());
        for (CatchmentPolygon polygon : own) {
            Facility facility = elderly.get(polygon.source());
            assertThat(polygon.lonLat().contains(point(facility))).as(facility.id()).isTrue();
            assertThat(polygon.lonLat().isValid()).as(facility.id()).isTrue();
        }
    }

    @Test
    void blocksTheNetworkDoesNotReachStayHoles() {
        Geometry catchment = dissolved().lonLat();
        int holes = 0;
        for (int i = 0; i < catchment.getNumGeometries(); i++) {
            holes += ((org.locationtech.jts.geom.Polygon) catchment.getGeometryN(i)).getNumInteriorRing();
        }
        assertThat(holes).isPositive();
    }

    @Test
    void splitPartsCoverTheDissolvedPolygonWithoutOverlap() {
        List<CatchmentPolygon> parts = new CatchmentPolygons(network, sources).form(CatchmentForm.SPLIT)
                .maxWalkMeters(ELDERLY_METERS).run();
        CatchmentPolygon whole = dissolved();
        double sum = parts.stream().mapToDouble(CatchmentPolygon::areaSquareMeters).sum();
        assertThat(sum).isBetween(whole.areaSquareMeters() * 0.999, whole.areaSquareMeters() * 1.001);
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                double overlap = parts.get(i).lonLat().intersection(parts.get(j).lonLat()).getArea();
                assertThat(overlap).as("parts %d and %d", i, j).isLessThan(1e-10);
            }
        }
    }

    @Test
    void theFastUnionAgreesWithTheReference() {
        for (CatchmentForm form : CatchmentForm.values()) {
            List<CatchmentPolygon> fast = new CatchmentPolygons(network, sources).form(form)
                    .maxWalkMeters(ELDERLY_METERS).run();
            List<CatchmentPolygon> reference = new CatchmentPolygons(network, sources).form(form)
                    .maxWalkMeters(ELDERLY_METERS).union(PieceUnion.CASCADED_PIECE_BUFFERS).run();
            for (int i = 0; i < fast.size(); i++) {
                assertThat(fast.get(i).areaSquareMeters()).as("%s %d", form, i)
                        .isBetween(reference.get(i).areaSquareMeters() * 0.999, reference.get(i).areaSquareMeters() * 1.001);
            }
        }
    }

    private static CatchmentPolygon dissolved() {
        return new CatchmentPolygons(network, sources).maxWalkMeters(ELDERLY_METERS).run().get(0);
    }

    private static Point interiorPoint(String areaId) {
        SourceFeature area = areas.stream().filter(a -> areaId.equals(a.findText("id").orElse(""))).findFirst()
                .orElseThrow();
        return GEOMETRY.createPoint(new InteriorPointArea(area.geometry()).getInteriorPoint());
    }

    private static Point point(Facility facility) {
        return GEOMETRY.createPoint(new org.locationtech.jts.geom.Coordinate(facility.lon(), facility.lat()));
    }
}
