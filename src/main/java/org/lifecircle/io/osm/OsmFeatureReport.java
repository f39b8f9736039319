package org.lifecircle.io.osm;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;

/**
 * What extracting features from an OSM file found, kept and left out.
 *
 * @param facilitiesPerCategory facilities by category (categories without any are absent)
 * @param facilitiesPerSubtype facilities by {@code category/subtype}, e.g. {@code childcare/kindergarten}
 * @param areasPerKind residential areas returned, by kind ({@code landuse=residential}, {@code building=house}, ...)
 * @param residentialBuildings residential buildings with a usable outline, inside enclosures or not
 * @param buildingsMerged of those, buildings inside a landuse=residential or place=neighbourhood
 *     outline whose floor area went to that area instead of becoming an area of their own
 * @param repairedIds elements whose invalid outline was repaired ({@code way/1}, {@code relation/2})
 * @param skipped elements with facility or residential tags that could not be used, with reasons
 */
public record OsmFeatureReport(Map<Category, Integer> facilitiesPerCategory, Map<String, Integer> facilitiesPerSubtype,
                               Map<String, Integer> areasPerKind, int residentialBuildings, int buildingsMerged,
                               List<String> repairedIds, List<SkippedFeature> skipped) {

    public OsmFeatureReport {
        facilitiesPerCategory = Collections.unmodifiableMap(new java.util.TreeMap<>(facilitiesPerCategory));
        facilitiesPerSubtype = Collections.unmodifiableMap(new TreeMap<>(facilitiesPerSubtype));
        areasPerKind = Collections.unmodifiableMap(new TreeMap<>(areasPerKind));
        repairedIds = List.copyOf(repairedIds);
        skipped = List.copyOf(skipped);
    }

    /** Counts the facilities and areas; the rest is passed through. */
    static OsmFeatureReport count(List<Facility> facilities, List<ResidentialArea> areas, int residentialBuildings,
                                  int buildingsMerged, List<String> repairedIds, List<SkippedFeature> skipped) {
        Map<Category, Integer> perCategory = new java.util.TreeMap<>();
        Map<String, Integer> perSubtype = new TreeMap<>();
        for (Facility f : facilities) {
            perCategory.merge(f.category(), 1, Integer::sum);
            perSubtype.merge(f.category().id() + "/" + f.subtype(), 1, Integer::sum);
        }
        Map<String, Integer> perKind = new TreeMap<>();
        for (ResidentialArea a : areas) {
            perKind.merge(a.kind(), 1, Integer::sum);
        }
        return new OsmFeatureReport(perCategory, perSubtype, perKind, residentialBuildings, buildingsMerged,
                repairedIds, skipped);
    }

    /** Facilities of a category (0 when none). */
    public int facilities(Category category) {
        return facilitiesPerCategory.getOrDefault(category, 0);
    }

    /** Facilities of a {@code category/subtype} (0 when none). */
    public int facilities(String categorySlashSubtype) {
        return facilitiesPerSubtype.getOrDefault(categorySlashSubtype, 0);
    }

    /** Areas of a kind (0 when none). */
    public int areas(String kind) {
        return areasPerKind.getOrDefault(kind, 0);
    }
}
