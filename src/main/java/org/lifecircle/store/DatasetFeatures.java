package org.lifecircle.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lifecircle.model.District;
import org.lifecircle.model.Facility;
import org.lifecircle.model.ResidentialArea;

/**
 * A dataset's features in input order, as read from its files (populations as given, before any
 * estimate), and the notes reading produced.
 *
 * @param facilities facilities of every category
 * @param areas residential areas
 * @param districts district boundaries, in file order
 * @param censusByDistrict census residents by index into {@code districts}
 * @param repaired features whose geometry was repaired on reading ("file id")
 * @param skipped features that could not be used, with the reason
 * @param censusAges census residents by age group (0-2, 3-5, 60+; NaN where not given) by district index
 * @param units street and community units (parents resolved), by level (street first), each level in file order
 */
public record DatasetFeatures(List<Facility> facilities, List<ResidentialArea> areas, List<District> districts,
                              Map<Integer, Double> censusByDistrict, List<String> repaired, List<String> skipped,
                              Map<Integer, double[]> censusAges, List<StoredUnit> units) {

    /** Features without street or community units. */
    public DatasetFeatures(List<Facility> facilities, List<ResidentialArea> areas, List<District> districts,
                           Map<Integer, Double> censusByDistrict, List<String> repaired, List<String> skipped,
                           Map<Integer, double[]> censusAges) {
        this(facilities, areas, districts, censusByDistrict, repaired, skipped, censusAges, List.of());
    }

    /** Features without census age counts. */
    public DatasetFeatures(List<Facility> facilities, List<ResidentialArea> areas, List<District> districts,
                           Map<Integer, Double> censusByDistrict, List<String> repaired, List<String> skipped) {
        this(facilities, areas, districts, censusByDistrict, repaired, skipped, Map.of());
    }

    public DatasetFeatures {
        facilities = List.copyOf(facilities);
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
        censusByDistrict = Collections.unmodifiableMap(new TreeMap<>(censusByDistrict));
        repaired = List.copyOf(repaired);
        skipped = List.copyOf(skipped);
        censusAges = Collections.unmodifiableMap(new TreeMap<>(censusAges));
        units = List.copyOf(units);
    }
}
