package org.lifecircle.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.formats.FeatureFiles;
import org.lifecircle.io.inputs.DistrictLayer;
import org.lifecircle.model.District;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.testdata.TestData;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Chengdu's published district boundaries (20 districts) as the district level, and a street
 * level made from them: each district cut in two at the middle of its box, as drawn and 20 m off.
 */
class RealBoundaryUnitsTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static List<AdminUnit> districts() {
        List<District> read = new DistrictLayer().districts(FeatureFiles.read(new FileWithCrs(
                TestData.boundary("chengdu-districts.wgs84.geojson"), Optional.empty())));
        return UnitTree.ofDistricts(read, "chengdu-districts.wgs84.geojson").units(UnitLevel.DISTRICT);
    }

    /** The part of a boundary west (or east) of the middle of its box. */
    private static Geometry half(Geometry boundary, boolean west) {
        Envelope box = boundary.getEnvelopeInternal();
        double middle = (box.getMinX() + box.getMaxX()) / 2;
        Envelope part = west ? new Envelope(box.getMinX() - 1, middle, box.getMinY() - 1, box.getMaxY() + 1)
                : new Envelope(middle, box.getMaxX() + 1, box.getMinY() - 1, box.getMaxY() + 1);
        return OverlayNGRobust.overlay(boundary, GEOMETRY.toGeometry(part), OverlayNG.INTERSECTION);
    }

    @Test
    void streetsCutFromTheRealDistrictsFindTheirDistrict() {
        List<AdminUnit> districts = districts();
        assertThat(districts).hasSize(20);
        List<AdminUnit> streets = new ArrayList<>();
        for (AdminUnit district : districts) {
            streets.add(new AdminUnit(UnitLevel.STREET, district.code() + "W", "", "", half(district.boundary(), true),
                    "cut " + district.code() + "W"));
            streets.add(new AdminUnit(UnitLevel.STREET, district.code() + "E", "", "", half(district.boundary(), false),
                    "cut " + district.code() + "E"));
        }
        UnitTree tree = new UnitParents(Map.of(UnitLevel.DISTRICT, districts, UnitLevel.STREET, streets)).run();
        assertThat(tree.units(UnitLevel.STREET)).hasSize(40)
                .allSatisfy(s -> assertThat(s.parentCode()).isEqualTo(s.code().substring(0, s.code().length() - 1)));
        // the same streets drawn 20 m east (as another office's file might be): slivers over the borders are ignored
        double degreesPer20m = 20 / (111_320 * Math.cos(Math.toRadians(30.66)));
        AffineTransformation east20m = AffineTransformation.translationInstance(degreesPer20m, 0);
        List<AdminUnit> shifted = streets.stream().map(s -> new AdminUnit(s.level(), s.code(), s.name(), "",
                east20m.transform(s.boundary()), s.location())).toList();
        UnitTree shiftedTree = new UnitParents(Map.of(UnitLevel.DISTRICT, districts, UnitLevel.STREET, shifted)).run();
        assertThat(shiftedTree.units(UnitLevel.STREET))
                .allSatisfy(s -> assertThat(s.parentCode()).isEqualTo(s.code().substring(0, s.code().length() - 1)));
    }

    @Test
    void aStreetOverTheBorderOfTwoRealDistrictsIsRefused() {
        List<AdminUnit> districts = districts();
        AdminUnit first = districts.get(0);
        AdminUnit neighbour = districts.stream().skip(1).filter(d -> d.boundary().intersects(first.boundary()))
                .max(java.util.Comparator.comparingDouble(d -> d.boundary().getArea())).orElseThrow();
        // the two districts' halves facing each other make one street that straddles their border
        Geometry both = OverlayNGRobust.overlay(first.boundary(), neighbour.boundary(), OverlayNG.UNION);
        Geometry box = GEOMETRY.toGeometry(first.boundary().getEnvelopeInternal());
        Geometry straddling = OverlayNGRobust.overlay(both, box, OverlayNG.INTERSECTION);
        AdminUnit street = new AdminUnit(UnitLevel.STREET, "X", "", "", straddling, "drawn X");
        double shareInFirst = first.boundary().intersection(straddling).getArea() / straddling.getArea();
        double shareInNeighbour = neighbour.boundary().intersection(straddling).getArea() / straddling.getArea();
        assertThat(List.of(shareInFirst, shareInNeighbour)).as("the fixture: a street well inside both districts")
                .allSatisfy(share -> assertThat(share).isGreaterThan(UnitParents.SLIVER_SHARE));
        assertThatThrownBy(() -> new UnitParents(Map.of(UnitLevel.DISTRICT, districts, UnitLevel.STREET,
                List.of(street))).run()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("street X (drawn X) lies in two districts");
    }
}
