package org.lifecircle.service.map;

import java.util.List;

/**
 * A named set of proposed facilities for a dataset.
 *
 * @param id assigned when saved
 */
public record Scenario(String id, String dataset, String name, List<Proposal> proposals) {

    public Scenario {
        proposals = List.copyOf(proposals);
    }
}
