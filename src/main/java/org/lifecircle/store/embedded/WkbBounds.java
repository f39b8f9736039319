package org.lifecircle.store.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sqlite.Function;

/**
 * The SQL functions {@code lc_minx}, {@code lc_maxx}, {@code lc_miny} and {@code lc_maxy}: the
 * bounding box of a WKB geometry, which the schema's triggers put into the R*Tree indexes. SQLite
 * has no geometry functions of its own, and a function registered per connection keeps the
 * geometry columns plain WKB (what the PostGIS store's readers get from {@code ST_AsBinary}).
 */
final class WkbBounds {

    private WkbBounds() {
    }

    /** Registers the four functions on a new connection. */
    static void register(Connection connection) throws SQLException {
        create(connection, "lc_minx", Envelope::getMinX);
        create(connection, "lc_maxx", Envelope::getMaxX);
        create(connection, "lc_miny", Envelope::getMinY);
        create(connection, "lc_maxy", Envelope::getMaxY);
    }

    private static void create(Connection connection, String name, ToDoubleFunction<Envelope> side)
            throws SQLException {
        Function.create(connection, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                byte[] wkb = value_blob(0);
                if (wkb == null) {
                    result();
                    return;
                }
                try {
                    result(side.applyAsDouble(new WKBReader().read(wkb).getEnvelopeInternal()));
                } catch (ParseException e) {
                    error(name + ": not a WKB geometry (" + e.getMessage() + ")");
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
