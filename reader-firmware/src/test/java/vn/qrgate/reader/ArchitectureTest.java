package vn.qrgate.reader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Ports and adapters: the gate's judgement and its interfaces know no hardware, network or database. */
@AnalyzeClasses(packages = "vn.qrgate.reader", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] IO_LIBRARIES = {
        "com.fazecast..", "com.pi4j..", "org.eclipse.paho..", "java.sql..", "javax.sql..", "org.sqlite..",
        "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "javax.servlet..", "com.google.zxing.."};

    @ArchTest
    static final ArchRule domainUsesNoIoLibrary = noClasses().that().resideInAPackage("..reader.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_LIBRARIES);

    @ArchTest
    static final ArchRule portsUseNoIoLibrary = noClasses().that().resideInAPackage("..reader.port..")
            .should().dependOnClassesThat().resideInAnyPackage(IO_LIBRARIES);

    @ArchTest
    static final ArchRule domainAndPortsDoNotReachOutwards = noClasses()
            .that().resideInAnyPackage("..reader.domain..", "..reader.port..")
            .should().dependOnClassesThat().resideInAnyPackage("..reader.adapter..", "..reader.app..",
                    "..reader.cli..", "..reader.config..");

    @ArchTest
    static final ArchRule theAgentLoopSeesOnlyPorts = noClasses().that().resideInAPackage("..reader.app..")
            .and().haveNameNotMatching(".*\\.(AgentWiring|ConfigMapping)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("..reader.adapter..");

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = slices().matching("..reader.adapter.(*)..")
            .should().notDependOnEachOther();
}
