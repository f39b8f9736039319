/**
 * Benchmarks (their own source tree, src/bench/java): the engine against pgRouting's exact
 * super-source search, catchment polygons against JTS, each writing figures and pass/fail against
 * targets to bench/results/. JDBC is allowed here (the pgRouting reference); nothing in the product
 * depends on this package.
 */
package org.lifecircle.bench;
