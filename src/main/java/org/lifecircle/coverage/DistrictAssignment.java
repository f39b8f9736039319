package org.lifecircle.coverage;

import java.util.List;
import org.lifecircle.model.District;

/**
 * Which district each area lies in.
 *
 * @param districts the districts, in input order
 * @param areaDistrict per area the district index, or {@link DistrictAssigner#OUTSIDE}
 */
public record DistrictAssignment(List<District> districts, int[] areaDistrict) {

    public DistrictAssignment {
        districts = List.copyOf(districts);
        areaDistrict = areaDistrict.clone();
    }

    public int districtOf(int area) {
        return areaDistrict[area];
    }

    /** District code of an area, empty when outside every district. */
    public String code(int area) {
        int d = areaDistrict[area];
        return d == DistrictAssigner.OUTSIDE ? "" : districts.get(d).code();
    }

    /** District name of an area, empty when outside every district. */
    public String name(int area) {
        int d = areaDistrict[area];
        return d == DistrictAssigner.OUTSIDE ? "" : districts.get(d).name();
    }

    public boolean anyOutside() {
        for (int d : areaDistrict) {
            if (d == DistrictAssigner.OUTSIDE) {
                return true;
            }
        }
        return false;
    }
}
