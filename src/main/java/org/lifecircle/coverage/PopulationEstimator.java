package org.lifecircle.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifecircle.geo.PlanarArea;
import org.lifecircle.model.Population;
import org.lifecircle.model.ResidentialArea;

/**
 * Fills in residents where the input gives none: floor area times persons per square metre, or,
 * for parcels without floor data, land area times a default plot ratio first. When district
 * census totals are given, the estimates of each district are scaled so that the district adds up
 * to its census total (dasymetric mapping); given populations are never changed.
 */
public final class PopulationEstimator {

    /** Default: 1 resident per 33 m2 of residential floor area (urban China, about 2020). */
    public static final double DEFAULT_PERSONS_PER_SQUARE_METER = 1.0 / 33;
    /** Default plot ratio (floor area / land area) for residential parcels without building data. */
    public static final double DEFAULT_PLOT_RATIO = 1.5;

    private double personsPerSquareMeter = DEFAULT_PERSONS_PER_SQUARE_METER;
    private double plotRatio = DEFAULT_PLOT_RATIO;

    public PopulationEstimator personsPerSquareMeter(double value) {
        this.personsPerSquareMeter = value;
        return this;
    }

    public PopulationEstimator plotRatio(double value) {
        this.plotRatio = value;
        return this;
    }

    public double personsPerSquareMeter() {
        return personsPerSquareMeter;
    }

    public double plotRatio() {
        return plotRatio;
    }

    /** Estimates missing populations from floor area (or land area times the plot ratio). */
    public List<ResidentialArea> estimate(List<ResidentialArea> areas) {
        List<ResidentialArea> out = new ArrayList<>(areas.size());
        for (ResidentialArea area : areas) {
            if (area.population().isKnown()) {
                out.add(area);
                continue;
            }
            double floor = Double.isNaN(area.floorAreaSquareMeters())
                    ? PlanarArea.squareMeters(area.polygon()) * plotRatio : area.floorAreaSquareMeters();
            out.add(area.withPopulation(new Population(floor * personsPerSquareMeter, Population.Source.FLOOR_AREA)));
        }
        return out;
    }

    /**
     * Scales estimated populations per district to census totals.
     *
     * @param censusByDistrict census residents by district index; districts missing are left alone
     */
    public List<ResidentialArea> scaleToCensus(List<ResidentialArea> areas, DistrictAssignment assignment,
                                               Map<Integer, Double> censusByDistrict) {
        List<ResidentialArea> out = new ArrayList<>(areas);
        censusByDistrict.forEach((district, census) -> {
            double given = 0;
            double estimated = 0;
            for (int a = 0; a < areas.size(); a++) {
                if (assignment.districtOf(a) == district) {
                    Population p = areas.get(a).population();
                    given += p.source() == Population.Source.ATTRIBUTE ? p.residents() : 0;
                    estimated += p.source() == Population.Source.FLOOR_AREA ? p.residents() : 0;
                }
            }
            double factor = estimated > 0 ? Math.max(0, census - given) / estimated : 0;
            for (int a = 0; a < areas.size(); a++) {
                Population p = areas.get(a).population();
                if (assignment.districtOf(a) == district && p.source() == Population.Source.FLOOR_AREA && estimated > 0) {
                    out.set(a, areas.get(a).withPopulation(
                            new Population(p.residents() * factor, Population.Source.CENSUS_SCALED)));
                }
            }
        });
        return out;
    }
}
