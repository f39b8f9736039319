package org.lifecircle.service.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.lifecircle.coverage.AreaCoverage;
import org.lifecircle.coverage.CategoryCoverage;
import org.lifecircle.coverage.CoverageResult;
import org.lifecircle.coverage.RuleScope;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.model.Category;
import org.lifecircle.model.Facility;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.NotFoundException;
import org.lifecircle.network.Snapper;
import org.lifecircle.results.Layer;
import org.lifecircle.results.LayerFeature;
import org.lifecircle.results.RunLayers;
import org.lifecircle.service.map.MapViews.AreaStatus;

/**
 * What-if: proposed facilities added to a dataset's own, coverage recomputed for their category
 * (access points are reused, so on a city extract this takes tens of milliseconds); and saved
 * scenarios.
 */
public final class WhatIfService {

    /** More proposals than this in one request is not a plan but a mistake (or abuse). */
    public static final int MAX_PROPOSALS = 200;
    private static final int MAX_NAME_LENGTH = 80;

    private final MapService map;
    private final ScenarioStore scenarios;

    public WhatIfService(MapService map, ScenarioStore scenarios) {
        this.map = map;
        this.scenarios = scenarios;
    }

    /** The outcome: areas whose figures changed, and the districts' rows (districts.csv's fields) with the proposals. */
    public record WhatIfResult(List<AreaStatus> areas, List<Map<String, Object>> districts) {
    }

    public WhatIfResult evaluate(String dataset, Category category, OptionalDouble maxWalkMeters, List<Proposal> proposals) {
        DatasetSession session = map.session(dataset);
        List<Facility> proposed = facilities(session, category, proposals);
        Layer base = session.layers(session.coverage(maxWalkMeters)).areas();
        RunLayers changed = session.layers(session.whatIf(category, maxWalkMeters, proposed));
        Layer now = changed.areas();
        int[] before = fields(base, category);
        int[] after = fields(now, category);
        List<AreaStatus> areas = new ArrayList<>();
        for (int a = 0; a < now.features().size(); a++) {
            LayerFeature x = base.features().get(a);
            LayerFeature y = now.features().get(a);
            if (!Objects.equals(x.value(before[0]), y.value(after[0])) || !Objects.equals(x.value(before[3]),
                    y.value(after[3]))) {
                areas.add(new AreaStatus(a + 1, (Double) y.value(after[0]), (String) y.value(after[1]),
                        (String) y.value(after[2]), (Boolean) y.value(after[3])));
            }
        }
        return new WhatIfResult(areas, MapService.districtRows(session, changed, category));
    }

    /** A category's distance, facility id, facility name and covered fields in the areas layer. */
    private static int[] fields(Layer areas, Category category) {
        String c = category.id();
        return new int[] {areas.getField(c + "_distance_m"), areas.getField(c + "_facility_id"),
            areas.getField(c + "_facility_name"), areas.getField(c + "_covered")};
    }

    private static List<Facility> facilities(DatasetSession session, Category category, List<Proposal> proposals) {
        if (proposals.size() > MAX_PROPOSALS) {
            throw new InvalidInputException("at most " + MAX_PROPOSALS + " proposed facilities at once, got " + proposals.size());
        }
        LonLatBounds bounds = session.dataset().graph().edgeIndex().bounds();
        Snapper snapper = new Snapper(session.dataset().graph(), Snapper.DEFAULT_MAX_SNAP_METERS);
        RuleScope scope = session.profile().getRule(category).scope();  // a proposal counts for its rule
        List<Facility> out = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            String where = "proposal " + (i + 1) + " at " + p.lon() + ", " + p.lat();
            if (!Double.isFinite(p.lon()) || !Double.isFinite(p.lat()) || !bounds.contains(p.lon(), p.lat())) {
                throw new InvalidInputException(where + " is outside the dataset's network");
            }
            if (snapper.findSnap(p.lon(), p.lat()).isEmpty()) {
                throw new InvalidInputException(where + " is farther than " + Snapper.DEFAULT_MAX_SNAP_METERS
                        + " m from any walkable way");
            }
            String name = p.name() == null || p.name().isBlank() ? "proposed " + (i + 1) : p.name();
            out.add(new Facility("proposed/" + (i + 1), scope.facilities().iterator().next(), "proposed", "", name,
                    OptionalInt.empty(), p.lon(), p.lat(), "what-if", scope.inclusiveOnly()));
        }
        return out;
    }

    public Scenario save(String dataset, String name, List<Proposal> proposals) {
        DatasetSession session = map.session(dataset);
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("a scenario needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (proposals.isEmpty() || proposals.size() > MAX_PROPOSALS) {
            throw new InvalidInputException("a scenario needs 1 to " + MAX_PROPOSALS + " proposed facilities");
        }
        for (Proposal p : proposals) {
            session.profile().getRule(Category.of(p.category()));
        }
        return scenarios.save(new Scenario(null, dataset, name.strip(), proposals));
    }

    public List<Scenario> list(String dataset) {
        map.session(dataset);
        return scenarios.list(dataset);
    }

    public void delete(String dataset, String id) {
        if (!scenarios.delete(dataset, id)) {
            throw new NotFoundException("no scenario '" + id + "' in dataset '" + dataset + "'");
        }
    }
}
