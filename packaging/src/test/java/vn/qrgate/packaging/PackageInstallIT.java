package vn.qrgate.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Installs, removes and purges each package on this machine with the real dpkg (CI: Debian 12, root,
 * no systemd as PID 1, which is also how a package meets an image build).
 */
class PackageInstallIT {

    static final List<String> SERVICES = UnitFile.SERVICES;
    private static final Pattern EXPOSURE = Pattern.compile("Overall exposure level for \\S+: ([0-9.]+) (\\w+)");

    @BeforeAll
    static void needs_root_dpkg_and_java_from_its_package() {
        assumeTrue("root".equals(System.getProperty("user.name")), "installing packages needs root");
        assumeTrue(Tool.onPath("dpkg") && Tool.onPath("adduser"), "dpkg and adduser are not installed");
        assumeTrue(Tool.run("dpkg-query", "-W", "-f=${Status}", "openjdk-17-jre-headless").out()
                .contains("install ok installed"), "the packages depend on openjdk-17-jre-headless, which dpkg "
                + "does not list as installed (apt-get install openjdk-17-jre-headless)");
        for (String service : SERVICES) {
            assumeTrue(Tool.run("dpkg-query", "-W", "qrgate-" + service).exit() != 0,
                    "qrgate-" + service + " is already installed here; this test would remove it");
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void a_package_installs_enables_its_verified_unit_and_purges_without_leaving_a_trace(String service)
            throws IOException {
        Deb deb = Deb.of(service);
        String user = deb.name();
        try {
            Tool.run("dpkg", "-i", deb.file().toString()).ok();

            assertThat(Tool.run("getent", "passwd", user).ok().out()).contains(":/var/lib/" + user + ":");
            assertThat(Path.of("/var/lib", user, "tmp")).isDirectory();
            assertThat(Path.of("/etc/qrgate", service + ".yaml.example")).isRegularFile();
            assertThat(Path.of("/etc/qrgate", service + ".yaml")).doesNotExist();
            assertThat(Path.of("/etc/systemd/system/multi-user.target.wants", user + ".service"))
                    .as("enabled, to start at the next boot once a config exists").isSymbolicLink();
            if (service.equals("reader")) {
                assertThat(Tool.run("id", "-nG", user).ok().out().split("\\s+"))
                        .contains("dialout", "input", "video", "gpio");
            }
            Tool.Result help = Tool.run("runuser", "-u", user, "--", "/usr/bin/" + user, "--help").ok();
            assertThat(help.out()).contains("Usage: " + user);

            verifyAndScore(service);

            Tool.run("dpkg", "-r", user).ok();
            assertThat(Path.of("/lib/systemd/system", user + ".service")).doesNotExist();
            assertThat(Path.of("/usr/bin", user)).doesNotExist();
            assertThat(Tool.run("getent", "passwd", user).exit()).as("remove keeps the user and its data").isZero();

            Tool.run("dpkg", "-P", user).ok();
            assertThat(Tool.run("getent", "passwd", user).exit()).as("user after purge").isNotZero();
            assertThat(Tool.run("getent", "group", user).exit()).as("group after purge").isNotZero();
            assertThat(Path.of("/var/lib", user)).doesNotExist();
            assertThat(Path.of("/etc/qrgate", service + ".yaml.example")).doesNotExist();
            try (Stream<Path> left = Files.walk(Path.of("/etc/systemd/system"))) {
                assertThat(left.filter(p -> p.getFileName().toString().startsWith(user))).isEmpty();
            }
        } finally {
            Tool.run("dpkg", "-P", user);
        }
    }

    /** systemd-analyze checks the installed unit; the exposure score goes to the build log for the notes. */
    private static void verifyAndScore(String service) {
        if (!Tool.onPath("systemd-analyze")) {
            System.out.println("systemd-analyze is not installed (apt-get install systemd): unit not verified");
            return;
        }
        String unit = "/lib/systemd/system/qrgate-" + service + ".service";
        Tool.Result verify = Tool.run("systemd-analyze", "verify", unit).ok();
        assertThat(verify.err()).as("systemd-analyze verify warnings").doesNotContain(service + ".service:");

        Tool.Result security = Tool.run("systemd-analyze", "security", "--offline=true", unit);
        Matcher score = EXPOSURE.matcher(security.out());
        if (security.err().contains("--offline") || !score.find()) {
            System.out.println("systemd-analyze security --offline is not supported here: " + security.err());
            return;
        }
        System.out.println("systemd-analyze security qrgate-" + service + ": " + score.group(1) + " " + score.group(2));
        assertThat(Double.parseDouble(score.group(1))).as("exposure of qrgate-%s", service).isLessThan(5.0);
    }
}
