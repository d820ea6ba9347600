package vn.qrgate.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PackageContentsIT {

    static final List<String> SERVICES = UnitFile.SERVICES;

    @BeforeAll
    static void needs_dpkg_deb() {
        assumeTrue(Tool.onPath("dpkg-deb"), "dpkg-deb is not installed (apt-get install dpkg)");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void a_package_holds_the_jar_the_launcher_the_unit_and_the_example_config(String service) {
        Deb deb = Deb.of(service);
        List<String> listing = deb.listing();
        assertThat(listing).anyMatch(line -> line.endsWith(" ./usr/share/qrgate/qrgate-" + service + ".jar"));
        assertThat(listing).anyMatch(line -> line.startsWith("-rwxr-xr-x root/root")
                && line.endsWith(" ./usr/bin/qrgate-" + service));
        assertThat(listing).anyMatch(line -> line.endsWith(" ./lib/systemd/system/qrgate-" + service + ".service"));
        assertThat(listing).anyMatch(line -> line.endsWith(" ./etc/qrgate/" + service + ".yaml.example"));
        assertThat(listing).noneMatch(line -> line.endsWith(" ./etc/qrgate/" + service + ".yaml"));
        assertThat(listing).allMatch(line -> line.contains(" root/root "));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void a_package_depends_on_java_17_and_has_a_debian_version_that_sorts_before_the_release(String service) {
        Deb deb = Deb.of(service);
        assertThat(deb.field("Package")).isEqualTo("qrgate-" + service);
        assertThat(deb.field("Architecture")).isEqualTo("all");
        assertThat(deb.field("Depends")).contains("openjdk-17-jre-headless | java17-runtime-headless", "adduser");
        String version = deb.field("Version");
        assertThat(version).matches("[0-9][A-Za-z0-9.+~]*").startsWith("0.1.0~");
        assertThat(Tool.run("dpkg", "--compare-versions", version, "lt", "0.1.0").exit())
                .as("a snapshot %s sorts before the release 0.1.0", version).isZero();
        assertThat(deb.file().getFileName().toString()).isEqualTo("qrgate-" + service + "_" + version + "_all.deb");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void the_example_config_is_a_conffile_that_points_at_the_services_state_directory(String service,
            @TempDir Path dir) throws IOException {
        Deb deb = Deb.of(service);
        Path control = deb.control(dir.resolve("control"));
        assertThat(Files.readAllLines(control.resolve("conffiles")))
                .containsExactly("/etc/qrgate/" + service + ".yaml.example");
        String example = Files.readString(deb.data(dir.resolve("data"))
                .resolve("etc/qrgate/" + service + ".yaml.example"), StandardCharsets.UTF_8);
        assertThat(example).contains("/var/lib/qrgate-" + service + "/").doesNotContain("/var/lib/qrgate/");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void the_packaged_unit_is_the_one_in_the_repository(String service, @TempDir Path dir) throws IOException {
        Path data = Deb.of(service).data(dir);
        String unit = "qrgate-" + service + ".service";
        assertThat(Files.readString(data.resolve("lib/systemd/system/" + unit)))
                .isEqualTo(Files.readString(UnitFile.UNITS.resolve(unit)));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void the_maintainer_scripts_are_executable_posix_sh_and_start_nothing_without_a_config(String service,
            @TempDir Path dir) throws IOException {
        Path control = Deb.of(service).control(dir);
        for (String script : List.of("postinst", "prerm", "postrm")) {
            Path file = control.resolve(script);
            assertThat(Files.getPosixFilePermissions(file)).as(script).contains(PosixFilePermission.OWNER_EXECUTE);
            assertThat(Files.readString(file)).as(script).startsWith("#!/bin/sh\n").contains("set -e");
            Tool.run("sh", "-n", file.toString()).ok();
        }
        String postinst = Files.readString(control.resolve("postinst"));
        assertThat(postinst).contains("adduser --system --group", "--home \"/var/lib/$user\"",
                "deb-systemd-helper enable", "[ -d /run/systemd/system ]");
        int start = postinst.indexOf("deb-systemd-invoke restart");
        assertThat(postinst.lastIndexOf("if [ -f /etc/qrgate/" + service + ".yaml ]", start))
                .as("the service is (re)started only inside the check that its config exists").isPositive();
        assertThat(Files.readString(control.resolve("postrm"))).contains("purge", "deluser", "rm -rf \"/var/lib/$user\"");
    }

    @Test
    void the_reader_package_brings_the_hardware_profiles_and_joins_the_device_groups(@TempDir Path dir)
            throws IOException {
        Deb deb = Deb.of("reader");
        Path data = deb.data(dir.resolve("data"));
        assertThat(data.resolve("usr/share/qrgate/hardware-profiles/readers/simulated.yaml")).isRegularFile();
        assertThat(data.resolve("usr/share/qrgate/hardware-profiles/boards")).isDirectory();
        String postinst = Files.readString(deb.control(dir.resolve("control")).resolve("postinst"));
        assertThat(postinst).contains("for group in dialout input video gpio");
    }
}
