/**
 * Exports: a layer of a run (held in memory, stored, or what the map shows) written in a format
 * and system; catchment polygons made on request. Requests are typed ({@link org.lifecircle.options}).
 */
package org.lifecircle.service.export;
