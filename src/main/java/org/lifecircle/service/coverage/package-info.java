/**
 * Coverage from files: inputs read once ({@link org.lifecircle.service.coverage.CoverageInputs}),
 * the analysis run ({@link org.lifecircle.service.coverage.CoverageRun}) into a report with its
 * layers, and the coverage folder written from them; batch per district, the demo, graph QA.
 */
package org.lifecircle.service.coverage;
