package org.lifecircle.options;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.catchment.CatchmentPolygons;
import org.lifecircle.coverage.CategoryRule;
import org.lifecircle.coverage.CoverageAnalysis;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.model.FacilityReplacement;
import org.lifecircle.io.profile.ProfileFiles;
import org.lifecircle.network.Snapper;
import org.lifecircle.network.WalkingGraphBuilder;

/**
 * The default of every option, in one place: the command line's help and the server's parameters
 * read these (the values themselves belong to the classes that use them, with their reasons).
 */
public final class Defaults {

    /** The profile when none is named. */
    public static final String PROFILE = ProfileFiles.DEFAULT_PROFILE;
    /** How far distances of gaps are reported. */
    public static final double SEARCH_LIMIT_METERS = CoverageAnalysis.DEFAULT_SEARCH_LIMIT_METERS;
    /** How far a facility or an area may lie from a walkable way. */
    public static final double MAX_SNAP_METERS = Snapper.DEFAULT_MAX_SNAP_METERS;
    /** suggest: generated candidate sites are at most one per square of this side. */
    public static final double CANDIDATE_SPACING_METERS = org.lifecircle.plan.GeneratedCandidates.DEFAULT_SPACING_METERS;
    /** The largest threshold anywhere (a profile's rule, --max-walk-meters, the map's field). */
    public static final double MAX_WALK_METERS = CategoryRule.MAX_WALK_METERS;
    /** The largest snapping limit. */
    public static final double MAX_SNAP_LIMIT_METERS = Snapper.MAX_SNAP_METERS;
    /** Connected parts of the walking network with fewer nodes are dropped (and counted). */
    public static final int MIN_COMPONENT_NODES = WalkingGraphBuilder.DEFAULT_MIN_COMPONENT_NODES;
    /** batch --level: one folder per district. */
    public static final String BATCH_LEVEL_TEXT = "district";
    public static final String CRS_TEXT = "wgs84";
    public static final CrsSpec CRS = CrsSpec.wgs84();
    public static final String ENCODING_TEXT = "utf-8";
    public static final Charset ENCODING = StandardCharsets.UTF_8;
    public static final String FORM_TEXT = "dissolve";
    public static final CatchmentForm FORM = CatchmentForm.DISSOLVE;
    /** CSV exports carry their geometry as WKT unless told not to. */
    public static final boolean CSV_WKT = true;
    public static final String FACILITY_REPLACEMENT_TEXT = "categories";
    /** A facility file replaces the OSM facilities of its own categories only. */
    public static final FacilityReplacement FACILITY_REPLACEMENT = FacilityReplacement.CATEGORIES;
    public static final double LATERAL_OFFSET_METERS = CatchmentPolygons.DEFAULT_LATERAL_OFFSET_METERS;

    private Defaults() {
    }
}
