/**
 * Administrative units in three nested levels. Terms: a <em>level</em> is one of
 * {@code district} (区), {@code street} (街道/乡镇) and {@code community} (社区/村), from the
 * largest; a <em>unit</em> is one polygon of a level with a code (adcode, else its name) and a
 * name; its <em>parent</em> is the unit of the nearest larger level that was given which holds it,
 * named by the file's {@code parent_code} or found by containment (see {@link
 * org.lifecircle.units.UnitParents} for the sliver tolerance). Plain Java: files are read
 * elsewhere ({@link org.lifecircle.units.UnitFile} only names one).
 */
package org.lifecircle.units;
