/**
 * The web app (Spring Boot): thin controllers over the services, the one error JSON for every
 * error, Host/Origin checks, JSON-only writes and users beyond loopback. The composition root,
 * {@link org.lifecircle.api.ServerConfiguration}, opens the store.
 */
package org.lifecircle.api;
