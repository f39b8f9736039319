package org.lifecircle.api;

import java.util.List;
import java.util.Map;

/** A small what-if request the security tests send. */
final class SecurityTestRequests {

    static final Map<String, Object> WHAT_IF = Map.of("category", "childcare", "proposals",
            List.of(Map.of("category", "childcare", "lon", 117.2, "lat", 39.12)));

    private SecurityTestRequests() {
    }
}
