package vn.ocop.fair.system;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between modules, checked over every module's compiled main classes (the reactor
 * builds them before this module). A violation names the class and the dependency.
 */
class ArchitectureTest {

    private static final List<String> SERVICES = List.of("catalog", "order", "event", "notification", "gateway");
    private static JavaClasses all;

    @BeforeAll
    static void importEveryModule() {
        Path root = Path.of(System.getProperty("ocop.root", "../.."));
        all = new ClassFileImporter()
                .importPaths(
                        root.resolve("catalog-service/target/classes"),
                        root.resolve("order-service/target/classes"),
                        root.resolve("event-service/target/classes"),
                        root.resolve("notification-service/target/classes"),
                        root.resolve("gateway/target/classes"),
                        root.resolve("deploy/service-support/target/classes"),
                        root.resolve("deploy/remembered-tokens/target/classes"));
    }

    @Test
    void noServiceImportsAnotherServicesPackages() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream()
                    .filter(s -> !s.equals(service))
                    .map(s -> "vn.ocop.fair." + s + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("vn.ocop.fair." + service + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .because("services share nothing but events and HTTP")
                    .check(all);
        }
    }

    @Test
    void featuresDoNotImportTheWebLayer() {
        for (String service :
                SERVICES.stream().filter(s -> !s.equals("gateway")).toList()) {
            noClasses()
                    .that()
                    .resideInAPackage("vn.ocop.fair." + service + "..")
                    .and()
                    .resideOutsideOfPackage("..web..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("vn.ocop.fair." + service + "..web..")
                    .because("the web layer maps the features' refusals and views; a feature never needs it")
                    .check(all);
        }
    }

    @Test
    void theSupportLibraryImportsNoService() {
        noClasses()
                .that()
                .resideInAPackage("vn.ocop.fair.support..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        SERVICES.stream().map(s -> "vn.ocop.fair." + s + "..").toArray(String[]::new))
                .check(all);
    }

    @Test
    void servicesReadTheCallerOnlyThroughServiceSupport() {
        noClasses()
                .that()
                .resideInAnyPackage(SERVICES.stream()
                        .filter(s -> !s.equals("gateway"))
                        .map(s -> "vn.ocop.fair." + s + "..")
                        .toArray(String[]::new))
                .should()
                .callMethodWhere(target(nameMatching("getClaim.*"))
                        .and(target(owner(nameMatching("org\\.springframework\\.security\\.oauth2\\.jwt\\..*")))))
                .because("a service reads who calls with service-support's Caller; what the caller may see or"
                        + " change stays the service's own")
                .check(all);
    }

    @Test
    void controllersDoNotTouchMongoDbDirectly() {
        noClasses()
                .that()
                .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .or()
                .areAnnotatedWith("org.springframework.stereotype.Controller")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.mongodb..", "org.bson..")
                .because("a controller asks its feature; the feature's repository owns the store")
                .check(all);
    }

    @Test
    void eventRecordsArePlainRecords() {
        classes()
                .that()
                // the services that publish events; notification-service's events package holds only
                // the envelope it reads records with
                .resideInAnyPackage(
                        "vn.ocop.fair.catalog..events..",
                        "vn.ocop.fair.order..events..",
                        "vn.ocop.fair.event..events..")
                .and()
                .areRecords()
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages(
                        "org.springframework..",
                        "com.mongodb..",
                        "org.bson..",
                        "org.apache.kafka..",
                        "tools.jackson.databind..")
                .because("an event record is the contract: data only, no framework types")
                .check(all);
    }

    @Test
    void everyPackageIsNullMarked() {
        classes()
                .that()
                .resideInAPackage("vn.ocop.fair..")
                .should(new ArchCondition<JavaClass>("reside in a @NullMarked package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!type.getPackage().isAnnotatedWith("org.jspecify.annotations.NullMarked")) {
                            events.add(SimpleConditionEvent.violated(
                                    type, type.getPackageName() + " has no @NullMarked package-info"));
                        }
                    }
                })
                .check(all);
    }
}
