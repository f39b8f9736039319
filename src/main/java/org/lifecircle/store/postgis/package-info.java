/**
 * The PostGIS store for the institute's PostgreSQL: LIFECIRCLE_DB_URL, _USER and _PASSWORD.
 * The database needs the postgis extension (created by a superuser); the schema is created and
 * migrated by LifeCircle.
 */
package org.lifecircle.store.postgis;
