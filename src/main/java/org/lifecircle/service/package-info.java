/**
 * Use cases, by feature: {@code coverage} (files to outputs: coverage, batch, demo, graph QA),
 * {@code datasets} (import, list, uploads, the embedded store's care), {@code runs} (runs on stored
 * datasets, replays, comparisons), {@code export} (layers to files), {@code map} (what the page
 * asks). This package holds what they share (the output folder written as one set, JSON files, timings).
 */
package org.lifecircle.service;
