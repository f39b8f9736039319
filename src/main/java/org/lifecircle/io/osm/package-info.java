/**
 * Streaming readers for OpenStreetMap files: OSM XML (plain, gzip or bzip2) and OSM PBF.
 *
 * <ul>
 *   <li><b>element</b>: an OSM node (a point with an id, lon/lat in WGS84 degrees and tags), way
 *       (an ordered list of node ids with tags) or relation (typed, role-labelled members with
 *       tags). Files list nodes, then ways, then relations.</li>
 *   <li><b>reader</b>: an {@link org.lifecircle.io.osm.OsmReader} for one file format; it streams
 *       a file once, never holds it in memory, and turns every unusable file into an
 *       {@link org.lifecircle.model.InvalidInputException} naming the file and the problem.
 *       {@link org.lifecircle.io.osm.OsmFiles} picks one from the file name.</li>
 *   <li><b>handler</b>: an {@link org.lifecircle.io.osm.OsmHandler} the reader calls once per
 *       element in file order; tag maps are reused between calls, so a handler copies what it
 *       keeps. Deleted or invisible elements in XML are not passed on.</li>
 *   <li><b>outline</b>: the polygon of a closed way or of a multipolygon relation (outer and inner
 *       member ways joined into rings); invalid outlines are repaired and listed as repaired.</li>
 *   <li><b>enclosure</b>: a landuse=residential or place=neighbourhood outline; the residential
 *       buildings inside it add their floor area to it instead of becoming areas of their own
 *       ({@link org.lifecircle.io.osm.OsmFeatureExtractor}).</li>
 *   <li><b>skipped feature</b>: an element with facility or residential tags whose outline could
 *       not be built (open way, member way or node outside the extract); reported with the reason.</li>
 * </ul>
 */
package org.lifecircle.io.osm;
