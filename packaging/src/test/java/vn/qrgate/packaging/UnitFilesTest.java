package vn.qrgate.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class UnitFilesTest {

    static final List<String> SERVICES = UnitFile.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void every_unit_is_a_notify_service_whose_watchdog_the_main_process_feeds(String service) {
        UnitFile unit = UnitFile.of(service);
        assertThat(unit.get("Type")).isEqualTo("notify");
        assertThat(unit.get("NotifyAccess")).isEqualTo("main");
        assertThat(unit.get("WatchdogSec")).matches("[1-9][0-9]*s");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void every_unit_restarts_always_and_counts_the_jvms_sigterm_exit_as_success(String service) {
        UnitFile unit = UnitFile.of(service);
        assertThat(unit.get("Restart")).isEqualTo("always");
        assertThat(unit.get("RestartSec")).isEqualTo("2s");
        assertThat(unit.get("SuccessExitStatus")).isEqualTo("143");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void every_unit_runs_the_packaged_launcher_as_its_own_user_with_the_config_under_etc_qrgate(String service) {
        UnitFile unit = UnitFile.of(service);
        assertThat(unit.get("User")).isEqualTo("qrgate-" + service);
        assertThat(unit.get("ExecStart"))
                .isEqualTo("/usr/bin/qrgate-" + service + " run --config /etc/qrgate/" + service + ".yaml");
        assertThat(unit.get("ConditionPathExists")).isEqualTo("/etc/qrgate/" + service + ".yaml");
        assertThat(unit.get("ConfigurationDirectory")).isEqualTo("qrgate");
        assertThat(unit.get("StandardOutput")).isEqualTo("journal");
        assertThat(unit.get("StandardError")).isEqualTo("journal");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void java_tmpdir_lies_in_a_directory_systemd_creates_in_the_state_directory(String service) {
        UnitFile unit = UnitFile.of(service);
        String state = "qrgate-" + service;
        assertThat(Arrays.asList(unit.get("StateDirectory").split("\\s+"))).contains(state, state + "/tmp");
        assertThat(unit.all("Environment"))
                .anySatisfy(env -> assertThat(env).contains("-Djava.io.tmpdir=%S/" + state + "/tmp "));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void every_unit_is_hardened_but_lets_the_jit_write_code(String service) {
        UnitFile unit = UnitFile.of(service);
        assertThat(unit.get("ProtectSystem")).isEqualTo("strict");
        assertThat(unit.get("ProtectHome")).isEqualTo("yes");
        assertThat(unit.get("PrivateTmp")).isEqualTo("yes");
        assertThat(unit.get("NoNewPrivileges")).isEqualTo("yes");
        assertThat(unit.get("CapabilityBoundingSet")).isEmpty();
        assertThat(unit.get("SystemCallArchitectures")).isEqualTo("native");
        for (String key : List.of("ProtectKernelTunables", "ProtectKernelModules", "ProtectControlGroups",
                "RestrictNamespaces", "LockPersonality", "RestrictRealtime")) {
            assertThat(unit.get(key)).as(key).isEqualTo("yes");
        }
        assertThat(unit.get("RestrictAddressFamilies").split("\\s+"))
                .containsOnly("AF_UNIX", "AF_INET", "AF_INET6");
        assertThat(unit.has("MemoryDenyWriteExecute")).as("MemoryDenyWriteExecute breaks the JIT").isFalse();
    }

    @Test
    void only_the_reader_reaches_devices_and_only_serial_input_gpio_and_camera_ones() {
        UnitFile reader = UnitFile.of("reader");
        assertThat(reader.get("DevicePolicy")).isEqualTo("closed");
        assertThat(reader.all("DeviceAllow")).isNotEmpty().allSatisfy(allow -> assertThat(allow)
                .matches("char-(ttyUSB|ttyACM|ttyAMA|ttyS|input|gpiochip|video4linux|media|dma_heap) (r|rw)"));
        assertThat(reader.get("SupplementaryGroups").split("\\s+")).contains("dialout", "input", "video", "gpio");
        for (String service : List.of("gateway", "registry")) {
            UnitFile unit = UnitFile.of(service);
            assertThat(unit.get("PrivateDevices")).as(service).isEqualTo("yes");
            assertThat(unit.has("DeviceAllow")).as(service).isFalse();
            assertThat(unit.has("SupplementaryGroups")).as(service).isFalse();
        }
    }
}
