/**
 * Shapefiles, read and written by the project's own encoders: loose parts or a zip (GBK entry
 * names too), .dbf in UTF-8 or GBK (.cpg, language driver), .prj from GeoTools, field names cut to
 * 10 characters with fields.txt mapping them back. Terms: a <em>part</em> is a ring of a polygon
 * record; outer rings clockwise, holes counter-clockwise.
 */
package org.lifecircle.io.shapefile;
