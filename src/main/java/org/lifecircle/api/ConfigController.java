package org.lifecircle.api;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Settings the page needs: the optional tile layer (blank: the network and districts are the base
 * map) and the limits of a walking threshold.
 */
@RestController
class ConfigController {

    private final String tileUrl;
    private final String tileAttribution;

    ConfigController(@Value("${lifecircle.tile-url:}") String tileUrl,
                     @Value("${lifecircle.tile-attribution:}") String tileAttribution) {
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    /** The tile layer, and the threshold limits the API enforces, so that the page's field offers the same. */
    @GetMapping("/api/config")
    Map<String, Object> config() {
        return Map.of("tileUrl", tileUrl, "tileAttribution", tileAttribution,
                "minWalkMeters", RequestParams.MIN_WALK_METERS, "maxWalkMeters", RequestParams.MAX_WALK_METERS);
    }
}
