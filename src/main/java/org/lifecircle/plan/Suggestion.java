package org.lifecircle.plan;

/**
 * One suggested site in rank order.
 *
 * @param rank 1 for the site that adds the most
 * @param site the candidate
 * @param addedDemand demand it newly covers, given the sites ranked before it (and the existing facilities)
 * @param cumulativeDemand demand covered with it and the sites ranked before it built, existing facilities included
 * @param cumulativePct {@code cumulativeDemand} as a share of all demand of the rule's group (0..100)
 */
public record Suggestion(int rank, CandidateSite site, double addedDemand, double cumulativeDemand,
                         double cumulativePct) {
}
