package org.lifecircle.api;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Settings the page needs: the optional tile layer (blank: the network and districts are the base map). */
@RestController
class ConfigController {

    private final String tileUrl;
    private final String tileAttribution;

    ConfigController(@Value("${lifecircle.tile-url:}") String tileUrl,
                     @Value("${lifecircle.tile-attribution:}") String tileAttribution) {
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/api/config")
    Map<String, String> config() {
        return Map.of("tileUrl", tileUrl, "tileAttribution", tileAttribution);
    }
}
