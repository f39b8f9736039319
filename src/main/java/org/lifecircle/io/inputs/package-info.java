/**
 * Features read from files, interpreted as what the analysis needs: facilities (category through
 * the category table, {@link org.lifecircle.io.inputs.CategoryTable}), residential areas
 * (population, floor area), districts (code and name), census totals. Terms: the <em>category
 * table</em> is {@code gis-data/categories.csv}, data, not code.
 */
package org.lifecircle.io.inputs;
