package org.lifecircle.demo.city;

/**
 * The unit partition on the grid: districts as a grid of rectangles, each cut into streets (街道),
 * each street into communities (社区), all along street centre lines. Codes follow the Chinese
 * scheme: 1201NN for districts (Tianjin's prefix), then 3 digits per street and 3 per community.
 */
final class CityUnits {

    static final String CITY_CODE = "120000";

    private final CitySize size;
    private final int columns;

    CityUnits(CitySize size) {
        this.size = size;
        this.columns = size.columns();
    }

    int districts() {
        return size.districts();
    }

    int streets() {
        return size.streets();
    }

    int communities() {
        return size.communities();
    }

    /** Index of the district of a cell. */
    int district(int c, int r) {
        return part(r, 0, columns, size.districtsY()) * size.districtsX() + part(c, 0, columns, size.districtsX());
    }

    /** Global index of the street of a cell. */
    int street(int c, int r) {
        int[] box = districtBox(district(c, r));
        int sx = part(c, box[0], box[2], size.streetsX());
        int sy = part(r, box[1], box[3], size.streetsY());
        return district(c, r) * size.streetsX() * size.streetsY() + sy * size.streetsX() + sx;
    }

    /** Global index of the community of a cell. */
    int community(int c, int r) {
        int street = street(c, r);
        int[] box = streetBox(street);
        int cx = part(c, box[0], box[2], size.communitiesX());
        int cy = part(r, box[1], box[3], size.communitiesY());
        return street * size.communitiesX() * size.communitiesY() + cy * size.communitiesX() + cx;
    }

    /** A district's cells: first column, first row, end column, end row (exclusive). */
    int[] districtBox(int district) {
        int dx = district % size.districtsX();
        int dy = district / size.districtsX();
        return new int[] {cut(0, columns, size.districtsX(), dx), cut(0, columns, size.districtsY(), dy),
            cut(0, columns, size.districtsX(), dx + 1), cut(0, columns, size.districtsY(), dy + 1)};
    }

    int[] streetBox(int street) {
        int perDistrict = size.streetsX() * size.streetsY();
        int[] d = districtBox(street / perDistrict);
        int local = street % perDistrict;
        return subBox(d, local % size.streetsX(), local / size.streetsX(), size.streetsX(), size.streetsY());
    }

    int[] communityBox(int community) {
        int perStreet = size.communitiesX() * size.communitiesY();
        int[] s = streetBox(community / perStreet);
        int local = community % perStreet;
        return subBox(s, local % size.communitiesX(), local / size.communitiesX(), size.communitiesX(),
                size.communitiesY());
    }

    String districtCode(int district) {
        return String.format(java.util.Locale.ROOT, "1201%02d", district + 1);
    }

    String streetCode(int street) {
        int perDistrict = size.streetsX() * size.streetsY();
        return districtCode(street / perDistrict) + String.format(java.util.Locale.ROOT, "%03d", street % perDistrict + 1);
    }

    String communityCode(int community) {
        int perStreet = size.communitiesX() * size.communitiesY();
        return streetCode(community / perStreet) + String.format(java.util.Locale.ROOT, "%03d", community % perStreet + 1);
    }

    int districtOfStreet(int street) {
        return street / (size.streetsX() * size.streetsY());
    }

    int streetOfCommunity(int community) {
        return community / (size.communitiesX() * size.communitiesY());
    }

    private static int[] subBox(int[] box, int ix, int iy, int nx, int ny) {
        return new int[] {cut(box[0], box[2], nx, ix), cut(box[1], box[3], ny, iy), cut(box[0], box[2], nx, ix + 1),
            cut(box[1], box[3], ny, iy + 1)};
    }

    /** The k-th of n near-equal cuts of [start, end). */
    private static int cut(int start, int end, int n, int k) {
        return start + (int) ((long) k * (end - start) / n);
    }

    /** Which of n near-equal parts of [start, end) holds index i. */
    private static int part(int i, int start, int end, int n) {
        for (int k = n - 1; k > 0; k--) {
            if (i >= cut(start, end, n, k)) {
                return k;
            }
        }
        return 0;
    }
}
