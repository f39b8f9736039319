/**
 * Use cases: each class runs one job end to end (read inputs, run the engine, write outputs) for
 * the CLI and, later, the REST API. Requests are records; summaries are what the job reports.
 */
package org.lifecircle.service;
