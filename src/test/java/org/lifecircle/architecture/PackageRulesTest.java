package org.lifecircle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction of ARCHITECTURE.md: cli/api -> service -> coverage -> catchment ->
 * network -> geo/model; io and store are used only by service (and cli for wiring); the engine
 * is plain Java.
 */
@AnalyzeClasses(packages = "org.lifecircle", importOptions = PackageRulesTest.MainClassesOnly.class)
class PackageRulesTest {

    /**
     * Leaves out test classes wherever the build folder is: ArchUnit's DoNotIncludeTests only
     * recognises target/test-classes, so builds with -Dlc.buildDir=... would check tests too.
     */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    private static final String[] ENGINE = {"org.lifecircle.geo..", "org.lifecircle.model..",
        "org.lifecircle.network..", "org.lifecircle.catchment..", "org.lifecircle.coverage.."};

    @ArchTest
    static final ArchRule engineIsPlainJava = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "org.postgresql..", "org.h2..", "org.sqlite..",
                    "org.h2gis..", "org.flywaydb..", "picocli..", "com.fasterxml..")
            .because("the engine (graph, search, coverage) is plain Java: no Spring, no JDBC");

    @ArchTest
    static final ArchRule engineDoesNotReachOutward = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.io..", "org.lifecircle.store..",
                    "org.lifecircle.service..", "org.lifecircle.api..", "org.lifecircle.cli..", "org.lifecircle.bench..");

    @ArchTest
    static final ArchRule crsIsPlainJavaWithGeoTools = noClasses().that().resideInAPackage("org.lifecircle.crs..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "picocli..", "com.fasterxml..",
                    "org.lifecircle.io..", "org.lifecircle.store..", "org.lifecircle.service..", "org.lifecircle.cli..")
            .because("coordinate conversion is used by every reader and must not know files, databases or front ends");

    @ArchTest
    static final ArchRule networkDoesNotKnowSearches = noClasses().that().resideInAnyPackage(
                    "org.lifecircle.network..", "org.lifecircle.geo..", "org.lifecircle.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.catchment..", "org.lifecircle.coverage..");

    @ArchTest
    static final ArchRule catchmentDoesNotKnowCoverage = noClasses().that().resideInAPackage("org.lifecircle.catchment..")
            .should().dependOnClassesThat().resideInAPackage("org.lifecircle.coverage..");

    @ArchTest
    static final ArchRule ioAndStoreAreUsedByServicesNotByFrontEnds = noClasses().that()
            .resideInAnyPackage("org.lifecircle.api..").and().doNotHaveSimpleName("ServerConfiguration")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.io", "org.lifecircle.io.csv..",
                    "org.lifecircle.io.export..", "org.lifecircle.io.features..", "org.lifecircle.io.layers..", "org.lifecircle.io.osm..",
                    "org.lifecircle.io.profile..", "org.lifecircle.io.report..", "org.lifecircle.store..")
            .because("controllers call services; io.geojson is the API's own response format, and"
                    + " ServerConfiguration, the composition root, opens the store");

    @ArchTest
    static final ArchRule onlyServicesUseTheDemoGenerator = noClasses().that().resideInAnyPackage(ENGINE)
            .or().resideInAnyPackage("org.lifecircle.io..", "org.lifecircle.crs..", "org.lifecircle.cli..",
                    "org.lifecircle.api..", "org.lifecircle.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.lifecircle.demo..")
            .because("the demo city is sample data written through the readers' formats, not part of the engine");

    @ArchTest
    static final ArchRule demoOnlyWritesFiles = noClasses().that().resideInAPackage("org.lifecircle.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.service..", "org.lifecircle.cli..",
                    "org.lifecircle.api..", "org.lifecircle.bench..", "org.lifecircle.network..",
                    "org.lifecircle.catchment..", "org.lifecircle.coverage..")
            .because("the generator writes input files; the coverage job reads them like any user's files");

    private static final String[] DATABASES = {"java.sql..", "javax.sql..", "org.postgresql..", "org.h2..", "org.sqlite..",
        "org.h2gis..", "org.flywaydb.."};
    private static final String[] STORE_IMPLEMENTATIONS = {"org.lifecircle.store.jdbc..",
        "org.lifecircle.store.embedded..", "org.lifecircle.store.postgis..", "org.lifecircle.store.cache.."};

    @ArchTest
    static final ArchRule storePortsHaveNoJdbc = noClasses().that().resideInAPackage("org.lifecircle.store")
            .and().doNotHaveSimpleName("Stores")
            .should().dependOnClassesThat().resideInAnyPackage(DATABASES)
            .orShould().dependOnClassesThat().resideInAnyPackage(STORE_IMPLEMENTATIONS)
            .because("the ports are plain Java and JTS; only the Stores factory knows the implementations");

    @ArchTest
    static final ArchRule storeKnowsOnlyTheModel = noClasses().that().resideInAPackage("org.lifecircle.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.geo..", "org.lifecircle.network..",
                    "org.lifecircle.catchment..", "org.lifecircle.coverage..", "org.lifecircle.crs..",
                    "org.lifecircle.io..", "org.lifecircle.service..", "org.lifecircle.cli..", "org.lifecircle.api..",
                    "org.lifecircle.bench..", "org.lifecircle.demo..")
            .because("the store keeps the model's records and plain rows; services translate engine results");

    @ArchTest
    static final ArchRule onlyServicesAndWiringUseTheStore = noClasses().that().resideInAnyPackage(ENGINE)
            .or().resideInAnyPackage("org.lifecircle.io..", "org.lifecircle.crs..", "org.lifecircle.demo..",
                    "org.lifecircle.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.lifecircle.store..");

    @ArchTest
    static final ArchRule frontEndsAndServicesUseStorePortsOnly = noClasses().that()
            .resideInAnyPackage("org.lifecircle.cli..", "org.lifecircle.service..", "org.lifecircle.api..")
            .should().dependOnClassesThat().resideInAnyPackage(STORE_IMPLEMENTATIONS)
            .orShould().dependOnClassesThat().resideInAnyPackage(DATABASES)
            .because("the command line and the services open a store through Stores and talk to its ports");

    @ArchTest
    static final ArchRule servicesDoNotKnowFrontEnds = noClasses().that().resideInAPackage("org.lifecircle.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.cli..", "org.lifecircle.api..");
}
