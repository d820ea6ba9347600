package vn.qrgate.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Ports and adapters: the registry's rules and its interfaces know no database, web server or pool. */
@AnalyzeClasses(packages = "vn.qrgate.registry",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    private static final String[] IO_LIBRARIES = {
        "java.sql..", "javax.sql..", "org.sqlite..", "org.postgresql..", "org.flywaydb..", "com.zaxxer..",
        "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "io.micrometer..", "com.fasterxml..",
        "org.apache.pdfbox..", "com.google.zxing.."};

    @ArchTest
    static final ArchRule domainUsesNoIoLibrary = noClasses().that().resideInAPackage("..registry.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_LIBRARIES);

    @ArchTest
    static final ArchRule portsUseNoIoLibrary = noClasses().that().resideInAPackage("..registry.port..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_LIBRARIES);

    @ArchTest
    static final ArchRule domainAndPortsDoNotReachOutwards = noClasses()
            .that().resideInAnyPackage("..registry.domain..", "..registry.port..")
            .should().dependOnClassesThat().resideInAnyPackage("..registry.adapter..", "..registry.app..",
                    "..registry.cli..", "..registry.config..");

    @ArchTest
    static final ArchRule theDomainDoesNotNeedThePorts = noClasses().that().resideInAPackage("..registry.domain..")
            .should().dependOnClassesThat().resideInAPackage("..registry.port..");

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = slices().matching("..registry.adapter.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule adaptersDoNotReachTheWiringOrTheCli = noClasses().that().resideInAPackage("..registry.adapter..")
            .should().dependOnClassesThat().resideInAnyPackage("..registry.app..", "..registry.cli..");

    @ArchTest
    static final ArchRule onlyTheWiringAndTheCliSeeEveryPart = slices().matching("vn.qrgate.registry.(*)..")
            .should().beFreeOfCycles();
}
