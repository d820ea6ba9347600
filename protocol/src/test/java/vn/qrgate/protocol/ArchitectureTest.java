package vn.qrgate.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** protocol is shared by device, gateway and registry: it must stay free of their I/O libraries. */
@AnalyzeClasses(packages = "vn.qrgate.protocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noHardwareNetworkOrDatabaseLibraries = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.fazecast..", "com.pi4j..", "org.eclipse.paho..", "java.sql..", "javax.sql..",
                    "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "javax.servlet..");

    @ArchTest
    static final ArchRule valuesAndRulesDoNotKnowJson = noClasses()
            .that().resideInAnyPackage("..protocol.subject..", "..protocol.mask..", "..protocol.event..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..");

    @ArchTest
    static final ArchRule protocolKnowsNothingOfTheServices = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("vn.qrgate.reader..", "vn.qrgate.gateway..",
                    "vn.qrgate.registry..");
}
