/**
 * Where to build next: the maximal covering problem on reach pairs. Terms: a <em>candidate</em> is
 * a site a facility could be built at; a <em>demand element</em> is an area not yet covered, with
 * its <em>weight</em> (residents of the rule's demand group); a candidate <em>covers</em> an element
 * when the area is within the rule's threshold of it. Choosing at most K candidates, the
 * <em>objective</em> is the weight of the elements at least one chosen candidate covers; the
 * <em>bound</em> is a proven upper limit of every choice's objective and the <em>gap</em> is
 * (bound - objective) / bound, 0 when the choice is proven optimal.
 */
package org.lifecircle.plan;
