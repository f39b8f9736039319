package org.lifecircle.service;

import java.nio.file.Path;
import java.util.Optional;
import org.lifecircle.model.Category;

/**
 * What to export and how.
 *
 * @param dataset the dataset
 * @param run a saved run; empty: the dataset's latest run
 * @param layer facilities, coverage, gaps, catchments or districts
 * @param format shp, gpkg, geojson or csv
 * @param crs wgs84, cgcs2000, gk or epsg:NNNN
 * @param encoding utf-8 or gbk
 * @param form catchments only: overlap, dissolve or split
 * @param category catchments only: which category (empty: all)
 * @param out the file to write
 */
public record ExportRequest(String dataset, Optional<String> run, String layer, String format, String crs,
                            String encoding, String form, Optional<Category> category, Path out) {
}
