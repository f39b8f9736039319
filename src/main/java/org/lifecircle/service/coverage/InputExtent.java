package org.lifecircle.service.coverage;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lifecircle.geo.LonLatBounds;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;
import org.locationtech.jts.geom.Envelope;

/**
 * Checks that an input file lies where the walking network is. A file none of whose features
 * comes near the OSM extract is another city's, or its coordinates are in another system than
 * the one they were read as (Baidu BD-09 read as WGS84, a Gauss-Kruger zone read as another): the
 * run would end with every facility unsnapped or every area outside its districts, and no hint why.
 * One feature near the extract is enough: files often cover more than the extract does.
 */
final class InputExtent {

    /** How far beyond the network's bounding box a feature may lie and still count as near: about 2 km. */
    static final double MARGIN_DEGREES = 0.02;

    private final LonLatBounds network;
    private final String osmName;

    InputExtent(LonLatBounds network, Path osmFile) {
        this.network = network;
        this.osmName = osmFile.getFileName() == null ? osmFile.toString() : osmFile.getFileName().toString();
    }

    /** Fails when the file has features and none of them comes within the margin of the network. */
    void requireNear(List<SourceFeature> features, String fileName) {
        if (features.isEmpty()) {
            return;
        }
        Envelope near = new Envelope(network.minLon(), network.maxLon(), network.minLat(), network.maxLat());
        near.expandBy(MARGIN_DEGREES);
        Envelope all = new Envelope();
        for (SourceFeature feature : features) {
            Envelope envelope = feature.geometry().getEnvelopeInternal();
            if (envelope.intersects(near)) {
                return;
            }
            all.expandToInclude(envelope);
        }
        throw new InvalidInputException(String.format(Locale.ROOT, "%s: none of its %d features lies within the area"
                        + " of the OSM extract %s (longitude %.3f..%.3f, latitude %.3f..%.3f); they lie around longitude"
                        + " %.3f, latitude %.3f. Is it the file for this city, and is its coordinate system right"
                        + " (e.g. %s@gcj02 or @bd09)?", fileName, features.size(), osmName, network.minLon(),
                network.maxLon(), network.minLat(), network.maxLat(), all.centre().x, all.centre().y, fileName));
    }
}
