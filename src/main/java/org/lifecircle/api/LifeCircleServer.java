package org.lifecircle.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web application: REST API under /api and the Leaflet gap map (static files from web/).
 * Started by {@code lifecircle serve}.
 */
@SpringBootApplication
public class LifeCircleServer {
}
