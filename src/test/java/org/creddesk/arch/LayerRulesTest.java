package org.creddesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md: a wrong arrow fails the build. */
class LayerRulesTest {
    private static final String[] FEATURES = {"org.creddesk.provider..", "org.creddesk.roster..",
        "org.creddesk.workflow..", "org.creddesk.monitoring..", "org.creddesk.packet..", "org.creddesk.sample..",
        "org.creddesk.sync..", "org.creddesk.taxonomy..", "org.creddesk.adequacy.."};
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.creddesk");
    }

    @Test
    void domainUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.creddesk.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.creddesk.domain..")
                .check(classes);
    }

    @Test
    void onlyUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.creddesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyStoreAndServerTouchTheDatabase() {
        noClasses().that().resideOutsideOfPackages("org.creddesk.store..", "org.creddesk.server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyRosterTouchesPoi() {
        noClasses().that().resideOutsideOfPackage("org.creddesk.roster..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(classes);
    }

    @Test
    void onlyPacketTouchesPdfBox() {
        noClasses().that().resideOutsideOfPackage("org.creddesk.packet..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void featuresAndStoreNeverReachUp() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("org.creddesk.ui..", "org.creddesk.cli..",
                        "org.creddesk.app..", "org.creddesk.server..")
                .check(classes);
        noClasses().that().resideInAPackage("org.creddesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(classes);
        noClasses().that().resideInAPackage("org.creddesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.creddesk.ui..", "org.creddesk.cli..",
                        "org.creddesk.app..")
                .check(classes);
    }

    @Test
    void shellsStayApart() {
        noClasses().that().resideInAPackage("org.creddesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.creddesk.ui..").check(classes);
        noClasses().that().resideInAPackage("org.creddesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.creddesk.cli..").check(classes);
        noClasses().that().resideInAPackage("org.creddesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.creddesk.ui..", "org.creddesk.cli..")
                .check(classes);
    }

    @Test
    void syncAndServerNeverLoadTheWindow() {
        noClasses().that().resideInAnyPackage("org.creddesk.server..", "org.creddesk.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("org.creddesk.ui..", "javafx..", "org.controlsfx..")
                .check(classes);
        noClasses().that().resideInAPackage("org.creddesk.server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.creddesk.cli..", "org.creddesk.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.creddesk.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "io.javalin..",
                        "org.eclipse.jetty..", "org.postgresql..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("org.creddesk.(*)..").should().beFreeOfCycles().check(classes);
    }
}
