package org.lifecircle.catchment;

import org.lifecircle.network.Snap;

/**
 * Where a catchment starts: a facility's position and its projection onto the network. The
 * straight walk between them (the snap distance) counts against the limit and is part of the
 * catchment, so that the facility itself always lies inside its polygon.
 *
 * @param snap the projection onto the nearest walkable edge
 * @param lon the facility's longitude (WGS84 degrees)
 * @param lat the facility's latitude
 */
public record CatchmentSource(Snap snap, double lon, double lat) {

    /** A source exactly on the network (no walk to it). */
    public static CatchmentSource onNetwork(Snap snap) {
        return new CatchmentSource(snap, snap.lon(), snap.lat());
    }
}
