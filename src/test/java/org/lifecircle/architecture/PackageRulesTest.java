package org.lifecircle.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of ARCHITECTURE.md. The direction: cli/api -> service.* (by feature) ->
 * results -> coverage -> catchment -> network -> geo/model; io (by format) and the store are used
 * by services; the engine is plain Java; no package cycles.
 */
@AnalyzeClasses(packages = "org.lifecircle", importOptions = PackageRulesTest.ProductClassesOnly.class)
class PackageRulesTest {

    /**
     * Leaves out test classes wherever the build folder is (ArchUnit's DoNotIncludeTests only
     * recognises target/test-classes, so builds with -Dlc.buildDir=... would check tests too), and
     * the benchmarks' own source tree, which may reach into any package.
     */
    static final class ProductClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("/org/lifecircle/bench/");
        }
    }

    private static final String[] ENGINE = {"org.lifecircle.geo..", "org.lifecircle.model..",
        "org.lifecircle.network..", "org.lifecircle.catchment..", "org.lifecircle.coverage..", "org.lifecircle.units..",
        "org.lifecircle.plan.."};
    private static final String[] FRAMEWORKS_AND_FORMATS = {"org.springframework..", "java.sql..", "javax.sql..",
        "org.postgresql..", "org.h2..", "org.h2gis..", "org.sqlite..", "org.flywaydb..", "picocli..",
        "com.fasterxml..", "org.yaml..", "crosby..", "com.google.protobuf..", "org.apache.commons.compress..",
        "mil.nga..", "org.geotools..", "org.opengis..", "java.io..", "java.nio.file.."};
    private static final String[] DATABASES = {"java.sql..", "javax.sql..", "org.postgresql..", "org.h2..",
        "org.sqlite..", "org.h2gis..", "org.flywaydb.."};
    private static final String[] STORE_IMPLEMENTATIONS = {"org.lifecircle.store.jdbc..",
        "org.lifecircle.store.embedded..", "org.lifecircle.store.postgis..", "org.lifecircle.store.cache..",
        "org.lifecircle.store.factory.."};
    /** What front ends must not reach past the services for: readers, writers, engine steps, stores. */
    private static final String[] BEHIND_THE_SERVICES = {"org.lifecircle.io.osm..", "org.lifecircle.io.csv..",
        "org.lifecircle.io.shapefile..", "org.lifecircle.io.geopackage..", "org.lifecircle.io.files..",
        "org.lifecircle.io.features..", "org.lifecircle.io.inputs..", "org.lifecircle.io.profile..",
        "org.lifecircle.io.report..", "org.lifecircle.network..", "org.lifecircle.coverage..",
        "org.lifecircle.demo..", "org.lifecircle.store.jdbc..", "org.lifecircle.store.embedded..",
        "org.lifecircle.store.postgis..", "org.lifecircle.store.cache..", "org.lifecircle.store.factory.."};

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.lifecircle.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule engineIsPlainJava = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_AND_FORMATS)
            .because("the engine (graph, search, coverage) is plain Java: no Spring, JDBC, files or formats");

    @ArchTest
    static final ArchRule resultsArePlainJava = noClasses().that().resideInAPackage("org.lifecircle.results..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_AND_FORMATS)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.lifecircle.io..", "org.lifecircle.store..",
                    "org.lifecircle.service..", "org.lifecircle.api..", "org.lifecircle.cli..")
            .because("the result layers are what every encoder reads; they know no encoder");

    @ArchTest
    static final ArchRule engineDoesNotReachOutward = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.io..", "org.lifecircle.store..",
                    "org.lifecircle.service..", "org.lifecircle.api..", "org.lifecircle.cli..", "org.lifecircle.bench..",
                    "org.lifecircle.results..", "org.lifecircle.options..");

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
    static final ArchRule frontEndsGoThroughServices = noClasses().that()
            .resideInAnyPackage("org.lifecircle.api..", "org.lifecircle.cli..")
            .and(not(simpleName("ServerConfiguration"))).and(not(simpleName("StoreAccess")))
            .should().dependOnClassesThat().resideInAnyPackage(BEHIND_THE_SERVICES)
            .orShould().dependOnClassesThat(resideInAnyPackage("org.lifecircle.catchment..")
                    .and(not(simpleName("CatchmentForm"))))
            .orShould().dependOnClassesThat().resideInAnyPackage(DATABASES)
            .because("the command line and the server parse options into typed values (options, crs, model) and call"
                    + " services; io.geojson is the API's response format; ServerConfiguration and StoreAccess,"
                    + " the composition roots, open the store");

    @ArchTest
    static final ArchRule onlyServicesUseTheDemoGenerator = noClasses().that().resideInAnyPackage(ENGINE)
            .or().resideInAnyPackage("org.lifecircle.io..", "org.lifecircle.crs..", "org.lifecircle.cli..",
                    "org.lifecircle.api..", "org.lifecircle.results..")
            .should().dependOnClassesThat().resideInAPackage("org.lifecircle.demo..")
            .because("the demo city is sample data written through the readers' formats, not part of the engine");

    @ArchTest
    static final ArchRule demoOnlyWritesFiles = noClasses().that().resideInAPackage("org.lifecircle.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.service..", "org.lifecircle.cli..",
                    "org.lifecircle.api..", "org.lifecircle.network..", "org.lifecircle.catchment..",
                    "org.lifecircle.coverage..")
            .because("the generator writes input files; the coverage job reads them like any user's files");

    @ArchTest
    static final ArchRule nothingNeedsTheBenchmarks = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.lifecircle.bench..")
            .because("the benchmarks are a source tree of their own; the command line finds them by name");

    @ArchTest
    static final ArchRule storePortsHaveNoJdbc = noClasses().that().resideInAPackage("org.lifecircle.store")
            .should().dependOnClassesThat().resideInAnyPackage(DATABASES)
            .orShould().dependOnClassesThat().resideInAnyPackage(STORE_IMPLEMENTATIONS)
            .because("the ports are plain Java and JTS; only store.factory knows the implementations");

    @ArchTest
    static final ArchRule storeKnowsOnlyTheModel = noClasses().that().resideInAPackage("org.lifecircle.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.geo..", "org.lifecircle.network..",
                    "org.lifecircle.catchment..", "org.lifecircle.coverage..", "org.lifecircle.crs..",
                    "org.lifecircle.io..", "org.lifecircle.service..", "org.lifecircle.cli..", "org.lifecircle.api..",
                    "org.lifecircle.demo..", "org.lifecircle.results..", "org.lifecircle.options..")
            .because("the store keeps the model's records and plain rows; services translate engine results");

    @ArchTest
    static final ArchRule onlyServicesAndWiringUseTheStore = noClasses().that().resideInAnyPackage(ENGINE)
            .or().resideInAnyPackage("org.lifecircle.io..", "org.lifecircle.crs..", "org.lifecircle.demo..",
                    "org.lifecircle.results..", "org.lifecircle.options..")
            .should().dependOnClassesThat().resideInAPackage("org.lifecircle.store..");

    @ArchTest
    static final ArchRule servicesUseStorePortsOnly = noClasses().that().resideInAPackage("org.lifecircle.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.store.jdbc..",
                    "org.lifecircle.store.embedded..", "org.lifecircle.store.postgis..", "org.lifecircle.store.cache..")
            .orShould().dependOnClassesThat().resideInAnyPackage(DATABASES)
            .because("services open a store through store.factory and talk to its ports");

    @ArchTest
    static final ArchRule servicesDoNotKnowFrontEnds = noClasses().that().resideInAPackage("org.lifecircle.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.cli..", "org.lifecircle.api..");

    @ArchTest
    static final ArchRule ioDoesNotKnowServices = noClasses().that().resideInAPackage("org.lifecircle.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lifecircle.service..", "org.lifecircle.cli..",
                    "org.lifecircle.api..", "org.lifecircle.options..");
}
