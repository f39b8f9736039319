/**
 * GeoJSON, read (streamed, any size) and written: the result layers as FeatureCollections
 * ({@link org.lifecircle.io.geojson.GeoJsonLayerWriter}: gaps.geojson, exports and the map API's
 * answers), RFC 7946 ring order, coordinates to 1e-7 degrees or the millimetre.
 */
package org.lifecircle.io.geojson;
