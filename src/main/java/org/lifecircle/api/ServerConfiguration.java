package org.lifecircle.api;

import java.util.List;
import java.util.Optional;
import org.lifecircle.service.FileDatasets;
import org.lifecircle.service.map.DatasetSource;
import org.lifecircle.service.map.InMemoryScenarioStore;
import org.lifecircle.service.map.LoadedDataset;
import org.lifecircle.service.map.MapService;
import org.lifecircle.service.map.ScenarioStore;
import org.lifecircle.service.map.WhatIfService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the services the controllers use. */
@Configuration
class ServerConfiguration {

    /** The demo city from gis-data until a store is configured. */
    @Bean
    @ConditionalOnMissingBean
    DatasetSource datasetSource() {
        return new DatasetSource() {
            private LoadedDataset demo;

            @Override
            public List<String> names() {
                return List.of("demo");
            }

            @Override
            public Optional<String> findVersion(String name) {
                return "demo".equals(name) ? Optional.of("files") : Optional.empty();
            }

            @Override
            public synchronized Optional<LoadedDataset> find(String name) {
                if (!"demo".equals(name)) {
                    return Optional.empty();
                }
                if (demo == null) {
                    demo = FileDatasets.demo();
                }
                return Optional.of(demo);
            }
        };
    }

    @Bean
    ScenarioStore scenarioStore() {
        return new InMemoryScenarioStore();
    }

    @Bean
    MapService mapService(DatasetSource source, @Value("${lifecircle.profile:tianjin-2022}") String profile) {
        return new MapService(source, profile);
    }

    @Bean
    WhatIfService whatIfService(MapService map, ScenarioStore scenarios) {
        return new WhatIfService(map, scenarios);
    }
}
