package vn.qrgate.reader.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SerialSettingsTest {

    private static final Path BY_ID = Path.of("/dev/serial/by-id/usb-Newland_NLS-FR40-if00");

    @Test
    void defaultsAreAUsbComReaderAt9600EightNoneOneWithCr() {
        SerialSettings settings = SerialSettings.device(BY_ID).build();

        assertThat(settings.baud()).isEqualTo(9600);
        assertThat(settings.dataBits()).isEqualTo(8);
        assertThat(settings.parity()).isEqualTo(SerialSettings.Parity.NONE);
        assertThat(settings.stopBits()).isEqualTo(1);
        assertThat(settings.suffix()).isEqualTo(Suffix.CR);
        assertThat(settings.maxFrameBytes()).isEqualTo(4096);
        assertThat(settings.frameIdleTimeout()).isZero();
        assertThat(settings.target()).isEqualTo(BY_ID.toString());
    }

    @Test
    void aReaderCanBeNamedByItsUsbIdInstead() {
        SerialSettings settings = SerialSettings.usb(UsbId.parse("0C2E:0b61")).baud(115200).build();

        assertThat(settings.usbId()).isEqualTo(new UsbId(0x0c2e, 0x0b61));
        assertThat(settings.devicePath()).isNull();
        assertThat(settings.target()).isEqualTo("usb:0c2e:0b61");
    }

    @Test
    void givingBothAPathAndAUsbIdIsRefused() {
        assertThatThrownBy(() -> new SerialSettings(BY_ID, new UsbId(1, 2), 9600, 8, SerialSettings.Parity.NONE, 1,
                Suffix.CR, 4096, Duration.ZERO, Duration.ofMillis(250), Duration.ofSeconds(10)))
                .isInstanceOf(SerialSettingsException.class)
                .hasMessageContaining("both given").hasMessageContaining("exactly one");
    }

    @Test
    void aRelativeDevicePathIsRefused() {
        assertThatThrownBy(() -> SerialSettings.device(Path.of("ttyACM0")).build())
                .isInstanceOf(SerialSettingsException.class)
                .hasMessage("serial setting device = ttyACM0 is not usable: "
                        + "must be an absolute path such as /dev/serial/by-id/usb-... or /dev/ttyACM0");
    }

    @Test
    void eachBadNumberIsReportedWithItsNameValueAndWhatIsAllowed() {
        assertRefused(SerialSettings.device(BY_ID).baud(0), "baud", "0", "50 to 4000000");
        assertRefused(SerialSettings.device(BY_ID).dataBits(9), "dataBits", "9", "5, 6, 7 or 8");
        assertRefused(SerialSettings.device(BY_ID).stopBits(3), "stopBits", "3", "1 or 2");
        assertRefused(SerialSettings.device(BY_ID).maxFrameBytes(8), "maxFrameBytes", "8", "16 to 65536");
        assertRefused(SerialSettings.device(BY_ID).frameIdleTimeout(Duration.ofMillis(5)), "frameIdleTimeout",
                "PT0.005S", "0 (off) or 50 ms to 10 s");
        assertRefused(SerialSettings.device(BY_ID).reconnectBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)),
                "reconnectMax", "PT1S", "at least reconnectMin");
        assertRefused(SerialSettings.device(BY_ID).parity(null), "parity", "missing", "NONE, EVEN or ODD");
    }

    @Test
    void aReaderWithoutSuffixNeedsAnIdleTimeout() {
        assertRefused(SerialSettings.device(BY_ID).suffix(Suffix.NONE), "frameIdleTimeout", "0 with suffix NONE",
                "needs an idle timeout");

        SerialSettings settings = SerialSettings.device(BY_ID).suffix(Suffix.NONE)
                .frameIdleTimeout(Duration.ofMillis(150)).build();
        assertThat(settings.frameIdleTimeout()).hasMillis(150);
    }

    @Test
    void suffixNamesAreReadInAnyCaseAndUnknownOnesListTheChoices() {
        assertThat(Suffix.parse(" crlf ")).isEqualTo(Suffix.CRLF);
        assertThatThrownBy(() -> Suffix.parse("ENTER"))
                .isInstanceOf(SerialSettingsException.class)
                .hasMessage("serial setting suffix = ENTER is not usable: one of CR, LF, CRLF, TAB, NONE");
    }

    @Test
    void usbIdsAreReadAsLsusbPrintsThemAndKeptTo16Bits() {
        assertThat(UsbId.parse("05e0:1200")).hasToString("05e0:1200");
        assertThat(UsbId.parse("0x1eab:0x0d10")).isEqualTo(new UsbId(0x1eab, 0x0d10));
        assertThatThrownBy(() -> UsbId.parse("1eab-0d10"))
                .isInstanceOf(SerialSettingsException.class).hasMessageContaining("usbId = 1eab-0d10");
        assertThatThrownBy(() -> new UsbId(0x10000, 1))
                .isInstanceOf(SerialSettingsException.class).hasMessageContaining("vendorId = 65536");
    }

    private static void assertRefused(SerialSettings.Builder builder, String setting, String value, String allowed) {
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(SerialSettingsException.class, e -> {
                    assertThat(e.setting()).isEqualTo(setting);
                    assertThat(e.value()).isEqualTo(value);
                })
                .hasMessageContaining("serial setting " + setting + " = " + value + " is not usable: ")
                .hasMessageContaining(allowed);
    }
}
