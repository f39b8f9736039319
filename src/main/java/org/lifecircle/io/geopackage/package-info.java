/** GeoPackage (OGC), read and written through NGA's library: one feature table per layer. */
package org.lifecircle.io.geopackage;
