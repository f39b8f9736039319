package org.lifecircle.api;

import java.util.Optional;
import org.lifecircle.service.datasets.DatasetCatalog;
import org.lifecircle.service.datasets.DatasetUploads;
import org.lifecircle.service.datasets.StoreDatasetSource;
import org.lifecircle.service.datasets.UploadedDataset;
import org.lifecircle.service.export.MapExports;
import org.lifecircle.service.map.DatasetSource;
import org.lifecircle.service.map.InMemoryScenarioStore;
import org.lifecircle.service.map.MapService;
import org.lifecircle.service.map.ScenarioStore;
import org.lifecircle.service.map.WhatIfService;
import org.lifecircle.service.runs.RunViews;
import org.lifecircle.store.Store;
import org.lifecircle.store.StoreSettings;
import org.lifecircle.store.factory.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.lifecircle.service.plan.SuggestService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the services the controllers use. */
@Configuration
class ServerConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ServerConfiguration.class);

    /**
     * The store of the command line, configured the same way (LIFECIRCLE_DATA_DIR, or
     * LIFECIRCLE_DB_URL/USER/PASSWORD for PostGIS, also as Spring properties).
     */
    @Bean(destroyMethod = "close")
    Store store(Environment environment) {
        StoreSettings settings = StoreSettings.resolve(
                setting -> Optional.ofNullable(environment.getProperty(setting.property())).filter(v -> !v.isBlank()),
                StoreSettings.defaultDataDir(environment::getProperty));
        return Stores.open(settings, LOG::warn);
    }

    /** Imports of zipped datasets through the API, into the same store. */
    @Bean
    DatasetUploads datasetUploads(Store store) {
        return new DatasetUploads(store, UploadedDataset.DEFAULT_LIMITS);
    }

    /** The store's datasets; on first start with an empty store the demo city is imported. */
    @Bean
    DatasetSource datasetSource(Store store) {
        if (StoreDatasetSource.importDemoIfEmpty(store)) {
            LOG.info("the store was empty: imported the demo city as dataset 'demo'");
        }
        return new StoreDatasetSource(store);
    }

    @Bean
    RunViews runViews(Store store) {
        return new RunViews(new DatasetCatalog(store));
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
    MapExports mapExports(MapService map) {
        return new MapExports(map);
    }

    @Bean
    SuggestService suggestService(Store store, @Value("${lifecircle.profile:tianjin-2022}") String profile) {
        return new SuggestService(store, profile);
    }

    @Bean
    WhatIfService whatIfService(MapService map, ScenarioStore scenarios) {
        return new WhatIfService(map, scenarios);
    }
}
