package org.lifecircle.results;

/** What geometry a layer's features have: points, polygons (Polygon or MultiPolygon), or none (a table). */
public enum GeometryKind {
    POINT,
    POLYGON,
    NONE
}
