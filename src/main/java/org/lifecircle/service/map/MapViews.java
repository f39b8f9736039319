package org.lifecircle.service.map;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** What the map endpoints return: plain records the API turns into JSON and GeoJSON. */
public final class MapViews {

    private MapViews() {
    }

    /** A dataset in the list. */
    public record DatasetSummary(String name, int areas, int facilities, int districts) {
    }

    /**
     * A dataset opened on the map: its extent, the profile's rules and the unit levels it has
     * ({@code district}, {@code street}, {@code community}: what {@code /units?level=} takes) and its
     * input files ({@code role: file name[@crs]}, for the print sheet's data sources).
     */
    public record DatasetInfo(String name, double[] bbox, ProfileView profile, double defaultSpeedMetersPerSecond,
                              List<String> unitLevels, List<String> sources) {
    }

    public record ProfileView(String id, String title, String note, List<RuleView> rules) {
    }

    /** A category the profile checks: its rule, and how the page names and draws it (color: null for the page's palette). */
    public record RuleView(String category, double maxWalkMeters, Double maxWalkMinutes, Double speedMetersPerSecond,
                           Double targetPct, String basis, String label, String labelEn, String color,
                           String demandGroup, Double capacityPer1000Target) {
    }

    public record EdgeView(String highway, Geometry geometry) {
    }

    public record DistrictBoundary(String code, String name, Geometry geometry) {
    }

    /** One area's coverage for the category of a what-if. */
    public record AreaStatus(@JsonProperty("area_id") int areaId, @JsonProperty("distance_m") Double distanceMeters,
                             @JsonProperty("facility_id") String facilityId,
                             @JsonProperty("facility_name") String facilityName, boolean covered) {
    }
}
