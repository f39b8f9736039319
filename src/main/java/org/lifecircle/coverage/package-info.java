/**
 * Coverage of residential areas by facilities on the walking network. Terms: a <em>policy
 * profile</em> gives per category a walking threshold, a target and its labels; an area is
 * <em>covered</em> for a category when an access point of it lies within the threshold of a
 * facility of the category (the distance includes the straight legs to the network); a
 * <em>gap</em> is an area that is not; <em>district rows</em> sum residents and areas per
 * district and category against the target.
 */
package org.lifecircle.coverage;
