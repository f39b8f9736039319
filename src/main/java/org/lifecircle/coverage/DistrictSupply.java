package org.lifecircle.coverage;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A district's supply and demand for one rule.
 *
 * @param demand residents of the rule's demand group (areas with a known figure)
 * @param demandCovered of which in covered areas
 * @param capacity places of the rule's facilities inside the district; empty without capacity data
 * @param capacityPer1000 capacity per 1,000 residents of all ages; empty without capacity data or residents
 * @param capacityTargetPer1000 the profile's target, if it sets one
 * @param capacityPass whether the target is met; empty without a target (or capacity data)
 * @param demandServed residents of the group who get a place within reach; empty without capacity data
 */
public record DistrictSupply(double demand, double demandCovered, OptionalDouble capacity,
                             OptionalDouble capacityPer1000, OptionalDouble capacityTargetPer1000,
                             Optional<Boolean> capacityPass, OptionalDouble demandServed) {

    public static DistrictSupply none() {
        return new DistrictSupply(0, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.empty(), OptionalDouble.empty());
    }
}
