package org.lifecircle.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.options.Defaults;

/** Checks of query parameters, with messages the page can show as they are. */
final class RequestParams {

    static final int DEFAULT_ZOOM = 15;
    private static final double MAX_BBOX_DEGREES = 2.0;
    static final double MIN_WALK_METERS = 50;
    static final double MAX_WALK_METERS = Defaults.MAX_WALK_METERS;
    private static final int MAX_BANDS = 6;
    private static final double MAX_BAND_MINUTES = 60;
    private static final double MIN_SPEED_METERS_PER_SECOND = 0.3;
    private static final double MAX_SPEED_METERS_PER_SECOND = 3;

    private RequestParams() {
    }

    /** "minLon,minLat,maxLon,maxLat" in WGS84 degrees, at most 2 degrees on a side. */
    static LonLatBounds bbox(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 4) {
            throw new InvalidInputException("bbox must be minLon,minLat,maxLon,maxLat (4 numbers), got '" + cut(text) + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("bbox value '" + cut(parts[i]) + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new InvalidInputException("bbox values must be finite numbers");
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] >= v[2] || v[1] >= v[3]) {
            throw new InvalidInputException("bbox must lie within -180..180, -90..90 with min below max");
        }
        if (v[2] - v[0] > MAX_BBOX_DEGREES || v[3] - v[1] > MAX_BBOX_DEGREES) {
            throw new InvalidInputException("bbox is larger than " + MAX_BBOX_DEGREES + " degrees on a side; zoom in");
        }
        return new LonLatBounds(v[0], v[1], v[2], v[3]);
    }

    static int zoom(Integer zoom) {
        int z = zoom == null ? DEFAULT_ZOOM : zoom;
        if (z < 0 || z > 22) {
            throw new InvalidInputException("zoom must be 0..22, got " + z);
        }
        return z;
    }

    static OptionalDouble maxWalkMeters(Double meters) {
        if (meters == null) {
            return OptionalDouble.empty();
        }
        if (!(meters >= MIN_WALK_METERS && meters <= MAX_WALK_METERS)) {
            throw new InvalidInputException("maxWalkMeters must be " + (int) MIN_WALK_METERS + " to "
                    + (int) MAX_WALK_METERS + ", got " + meters);
        }
        return OptionalDouble.of(meters);
    }

    /** "5,10,15": nested catchment bands in minutes; none when absent. */
    static List<Double> bandMinutes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_BANDS) {
            throw new InvalidInputException("at most " + MAX_BANDS + " bands, got " + parts.length);
        }
        List<Double> minutes = new ArrayList<>();
        for (String part : parts) {
            double value;
            try {
                value = Double.parseDouble(part.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("band '" + cut(part) + "' is not a number of minutes (e.g. bands=5,10,15)");
            }
            if (!(value > 0 && value <= MAX_BAND_MINUTES)) {
                throw new InvalidInputException("bands must be above 0 and at most " + (int) MAX_BAND_MINUTES
                        + " minutes, got " + cut(part.strip()));
            }
            minutes.add(value);
        }
        return minutes;
    }

    static OptionalDouble speedMetersPerSecond(Double speed) {
        if (speed == null) {
            return OptionalDouble.empty();
        }
        if (!(speed >= MIN_SPEED_METERS_PER_SECOND && speed <= MAX_SPEED_METERS_PER_SECOND)) {
            throw new InvalidInputException("speedMetersPerSecond must be " + MIN_SPEED_METERS_PER_SECOND + " to "
                    + (int) MAX_SPEED_METERS_PER_SECOND + ", got " + speed);
        }
        return OptionalDouble.of(speed);
    }

    static Category category(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("category is required (one the dataset's profile checks, e.g. elderly_care)");
        }
        return Category.of(id);
    }

    static Optional<Category> optionalCategory(String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(Category.of(id));
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
