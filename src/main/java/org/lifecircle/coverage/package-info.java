/**
 * Coverage of residential areas by facilities on the walking network. Terms: a <em>policy
 * profile</em> gives per category a walking threshold, a target and its labels; an area is
 * <em>covered</em> for a category when an access point of it lies within the threshold of a
 * facility of the category (the distance includes the straight legs to the network); a
 * <em>gap</em> is an area that is not; <em>district rows</em> sum residents and areas per
 * district and category against the target. Supply and demand: a rule's <em>demand</em> is the
 * residents of its demand group; a <em>reach pair</em> is a facility and an area within the
 * threshold of it; <em>access per 1,000</em> is the two-step floating catchment value (places in
 * reach per 1,000 of the group); <em>served</em> residents got a place in the assignment that
 * places the most residents and then walks least. Units: a <em>tier check</em> asks whether a
 * unit holds the facilities of the tier its level needs (and, with a walk check, whether enough
 * of its residents are within the threshold of one); a <em>community share</em> is the share of
 * the communities (with residential areas) inside a unit, or overall, that a rule
 * <em>serves</em>: a facility of it inside the community, or the community's residents within its
 * threshold, as the profile says.
 */
package org.lifecircle.coverage;
