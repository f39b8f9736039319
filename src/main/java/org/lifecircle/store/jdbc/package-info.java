/**
 * The store over JDBC, shared by both databases: the same tables (one Flyway folder per
 * database), the same SQL, geometries passed as WKB ({@code ST_GeomFromWKB}, {@code ST_AsBinary},
 * which H2GIS and PostGIS both provide, so no driver-specific geometry class is needed) and a
 * {@link org.lifecircle.store.jdbc.Dialect} for what differs (snapshot reads, statistics).
 */
package org.lifecircle.store.jdbc;
