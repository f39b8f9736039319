/**
 * Opens the store the settings name (PostGIS when a URL is configured, else the embedded SQLite
 * database): the one package that knows the implementations behind the ports.
 */
package org.lifecircle.store.factory;
