package org.lifecircle.coverage;

/**
 * An input that could not be joined to the network within the snapping limit: reported, never
 * silently dropped.
 *
 * @param kind {@code facility} or {@code residential_area}
 * @param id the item's id (facility id or area source id)
 * @param name display name, may be empty
 * @param reason what happened, e.g. "no walkable way within 300 m"
 */
public record Unsnapped(String kind, String id, String name, String reason) {
}
