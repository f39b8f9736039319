/**
 * What the map asks: datasets as sessions (one per dataset version: populations, districts and
 * access points computed once, coverage cached per threshold), areas and facilities in a view as
 * the run layers' features, district rows, what-if proposals and scenarios.
 */
package org.lifecircle.service.map;
