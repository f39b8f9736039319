/** Runs of stored datasets: a run saved with its outputs, a stored run replayed, two runs compared. */
package org.lifecircle.service.runs;
