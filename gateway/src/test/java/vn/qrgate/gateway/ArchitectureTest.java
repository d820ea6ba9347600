package vn.qrgate.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Ports and adapters: the gateway's decisions and its interfaces know no broker, database or web library. */
@AnalyzeClasses(packages = "vn.qrgate.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] IO_LIBRARIES = {
        "org.eclipse.paho..", "java.sql..", "javax.sql..", "org.sqlite..", "org.postgresql..", "io.javalin..",
        "org.eclipse.jetty..", "jakarta.servlet..", "com.zaxxer..", "java.net.http..", "com.sun.net.httpserver..",
        "io.micrometer.."};

    @ArchTest
    static final ArchRule domainUsesNoIoLibrary = noClasses().that().resideInAPackage("..gateway.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_LIBRARIES);

    @ArchTest
    static final ArchRule portsUseNoIoLibrary = noClasses().that().resideInAPackage("..gateway.port..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_LIBRARIES);

    @ArchTest
    static final ArchRule domainAndPortsDoNotReachOutwards = noClasses()
            .that().resideInAnyPackage("..gateway.domain..", "..gateway.port..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.adapter..", "..gateway.app..",
                    "..gateway.cli..", "..gateway.config..");

    @ArchTest
    static final ArchRule onlyTheServerWiresAdapters = noClasses().that().resideInAPackage("..gateway.app..")
            .and().haveNameNotMatching(".*\\.GatewayServer(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.adapter..");

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = slices().matching("..gateway.adapter.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule adaptersDoNotReachIntoTheApplication = noClasses()
            .that().resideInAPackage("..gateway.adapter..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.app..", "..gateway.cli..");

    @ArchTest
    static final ArchRule theConfigKnowsNoAdapter = noClasses().that().resideInAPackage("..gateway.config..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.adapter..", "..gateway.app..",
                    "..gateway.cli..", "org.eclipse.paho..", "java.sql..", "io.javalin..");
}
