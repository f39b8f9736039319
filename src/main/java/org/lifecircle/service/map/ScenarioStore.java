package org.lifecircle.service.map;

import java.util.List;
import java.util.Optional;

/** Where saved scenarios live. */
public interface ScenarioStore {

    /** Saves the scenario under a new id and returns it with that id. */
    Scenario save(Scenario scenario);

    List<Scenario> list(String dataset);

    Optional<Scenario> find(String dataset, String id);

    /** Deletes it; false when there was none. */
    boolean delete(String dataset, String id);
}
