package org.lifecircle.service.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Scenarios kept for the life of the server (the stores persist them when configured). */
public final class InMemoryScenarioStore implements ScenarioStore {

    private final Map<String, Scenario> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);

    @Override
    public Scenario save(Scenario scenario) {
        Scenario saved = new Scenario("s" + next.getAndIncrement(), scenario.dataset(), scenario.name(),
                scenario.proposals());
        byKey.put(key(saved.dataset(), saved.id()), saved);
        return saved;
    }

    @Override
    public List<Scenario> list(String dataset) {
        List<Scenario> out = new ArrayList<>();
        byKey.values().stream().filter(s -> s.dataset().equals(dataset))
                .sorted((a, b) -> Integer.compare(number(a.id()), number(b.id()))).forEach(out::add);
        return out;
    }

    @Override
    public Optional<Scenario> find(String dataset, String id) {
        return Optional.ofNullable(byKey.get(key(dataset, id)));
    }

    @Override
    public boolean delete(String dataset, String id) {
        return byKey.remove(key(dataset, id)) != null;
    }

    private static String key(String dataset, String id) {
        return dataset + "\u0000" + id;
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
