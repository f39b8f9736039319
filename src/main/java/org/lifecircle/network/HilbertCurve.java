package org.lifecircle.network;

/** Position along a Hilbert curve over a 2^16 x 2^16 grid: nearby cells get nearby positions. */
final class HilbertCurve {

    private static final int ORDER_BITS = 16;

    private HilbertCurve() {
    }

    /** Curve position of cell (x, y), both in 0..65535. */
    static long position(int x, int y) {
        long d = 0;
        for (int s = 1 << (ORDER_BITS - 1); s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}
