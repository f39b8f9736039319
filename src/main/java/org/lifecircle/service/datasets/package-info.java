/**
 * Datasets in the store: import (the same inputs as coverage), list and delete, uploads over HTTP,
 * graphs restored from the store, and the embedded database's check, backup, repair and migration.
 */
package org.lifecircle.service.datasets;
