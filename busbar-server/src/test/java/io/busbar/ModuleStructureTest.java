package io.busbar;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of ARCHITECTURE.md hold (ADR 0001): no cycles, only allowed dependencies, nothing
 * internal used across modules, and the domain never sees the gateway, an OCPP adapter or an OCPP message.
 */
class ModuleStructureTest {
    /** busbar-ocpp and busbar-simulator are libraries under io.busbar, not application modules. */
    private static final ApplicationModules MODULES = ApplicationModules.of(BusbarApplication.class,
            JavaClass.Predicates.resideInAnyPackage("io.busbar.ocpp..", "io.busbar.simulator.."));

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.busbar");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void domainModulesNeverSeeTheGatewayOrOcpp() {
        noClasses().that().resideInAnyPackage("io.busbar.chargers..", "io.busbar.authorization..",
                        "io.busbar.sessions..", "io.busbar.smartcharging..", "io.busbar.tariffs..",
                        "io.busbar.billing..", "io.busbar.diagnostics..", "io.busbar.planning..", "io.busbar.commands..",
                        "io.busbar.devicemodel..", "io.busbar.reservations..", "io.busbar.locallists..",
                        "io.busbar.bulk..", "io.busbar.accounts..", "io.busbar.payments..", "io.busbar.pricedisplay..",
                        "io.busbar.faults..", "io.busbar.selfhealing..", "io.busbar.predictive..", "io.busbar.alerts..",
                        "io.busbar.maintenance..", "io.busbar.uptime..", "io.busbar.tenants..",
                        "io.busbar.availability..", "io.busbar.webhooks..", "io.busbar.drivers..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.busbar.gateway..", "io.busbar.ocpp..", "io.busbar.ocpp16..",
                        "io.busbar.ocpp201..", "io.busbar.simulator..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void gatewayKnowsNoDomain() {
        noClasses().that().resideInAPackage("io.busbar.gateway..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.busbar.chargers..", "io.busbar.authorization..", "io.busbar.sessions..",
                        "io.busbar.ocpp16..", "io.busbar.ocpp201..", "io.busbar.api..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
