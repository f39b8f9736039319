package org.lifecircle.coverage;

/** Tries every integer assignment of a small served-demand instance: the best (served, walk). */
final class BruteForce {

    private BruteForce() {
    }

    /** {most residents served, least total walk in decimetres among those}. */
    static long[] best(ReachPairs pairs, int[] residents, int[] places) {
        long[] best = {0, 0};
        new Search(pairs, residents.clone(), places.clone(), best).assign(0, 0, 0);
        return best;
    }

    private record Search(ReachPairs pairs, int[] residentsLeft, int[] placesLeft, long[] best) {

        void assign(int pair, long served, long cost) {
            if (pair == pairs.size()) {
                if (served > best[0] || served == best[0] && cost < best[1]) {
                    best[0] = served;
                    best[1] = cost;
                }
                return;
            }
            int a = pairs.area(pair);
            int f = pairs.facility(pair);
            long unit = ServedDemand.costDecimeters(pairs.distanceMeters(pair));
            for (int x = 0; x <= Math.min(residentsLeft[a], placesLeft[f]); x++) {
                residentsLeft[a] -= x;
                placesLeft[f] -= x;
                assign(pair + 1, served + x, cost + x * unit);
                residentsLeft[a] += x;
                placesLeft[f] += x;
            }
        }
    }
}
