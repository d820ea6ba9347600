package vn.qrgate.reader.app;

import java.time.Duration;
import vn.qrgate.config.Secret;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.reader.adapter.camera.CameraSettings;
import vn.qrgate.reader.adapter.camera.PixelFormat;
import vn.qrgate.reader.adapter.camera.Region;
import vn.qrgate.reader.adapter.evdev.SuffixKey;
import vn.qrgate.reader.adapter.evdev.WedgeSettings;
import vn.qrgate.reader.adapter.gpio.GpioPins;
import vn.qrgate.reader.adapter.mqtt.MqttSettings;
import vn.qrgate.reader.adapter.serial.SerialSettings;
import vn.qrgate.reader.adapter.serial.Suffix;
import vn.qrgate.reader.adapter.serial.UsbId;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.config.CameraProfile;
import vn.qrgate.reader.config.InputConfig;
import vn.qrgate.reader.config.MqttConfig;
import vn.qrgate.reader.config.OutputPin;
import vn.qrgate.reader.config.Pins;
import vn.qrgate.reader.config.ReaderConfig;
import vn.qrgate.reader.config.SerialFraming;
import vn.qrgate.reader.config.SwitchPin;

/** From the technician's config to each adapter's own settings; every value was validated already. */
final class ConfigMapping {

    /** A board without a relay still lights green for this long. */
    static final Duration NO_RELAY_PULSE = GpioPins.DEFAULT_RELAY_PULSE;

    private ConfigMapping() {
    }

    static OutboxSettings outbox(ReaderConfig config) {
        return new OutboxSettings(config.outbox().path(), config.outbox().capacity(), config.outbox().whenFull(),
                config.outbox().diskFloorBytes(), config.outbox().nearlyFullPercent() / 100.0, config.retention());
    }

    /** The publisher's settings: the config's mqtt section, with the device id as the MQTT client id. */
    static MqttSettings mqtt(DeviceId device, MqttConfig mqtt) {
        return MqttSettings.builder(mqtt.uri(), device)
                .caFile(mqtt.caFile())
                .login(mqtt.username(), mqtt.password().map(Secret::reveal))
                .clientCertificate(mqtt.clientCert(), mqtt.clientKey())
                .batch(mqtt.batchSize(), mqtt.batchBytes())
                .inFlight(mqtt.inFlight())
                .ackTimeout(mqtt.ackTimeout())
                .reconnect(mqtt.reconnectMin(), mqtt.reconnectMax())
                .unreachableAlarmAfter(mqtt.unreachableAlarmAfter())
                .build();
    }

    static GpioPins pins(ReaderConfig config) {
        Pins p = config.outputs().pins();
        GpioPins.Builder b = GpioPins.builder();
        p.relay().ifPresent(pin -> b.relay(out(pin)));
        p.greenLed().ifPresent(pin -> b.greenLed(out(pin)));
        p.redLed().ifPresent(pin -> b.redLed(out(pin)));
        p.buzzer().ifPresent(pin -> b.buzzer(out(pin)));
        p.statusLed().ifPresent(pin -> b.statusLed(out(pin)));
        p.directionSwitch().ifPresent(pin -> b.directionSwitch(in(pin)));
        b.relayPulse(config.outputs().relayPulse().orElse(NO_RELAY_PULSE));
        return b.build();
    }

    static SerialSettings serial(InputConfig.Serial input) {
        SerialSettings.Builder b = input.port().isPresent()
                ? SerialSettings.device(input.port().get())
                : SerialSettings.usb(new UsbId(input.usb().get().vendorId(), input.usb().get().productId()));
        SerialFraming f = input.framing();
        return b.baud(f.baud())
                .dataBits(f.dataBits())
                .parity(SerialSettings.Parity.valueOf(f.parity().name()))
                .stopBits(f.stopBits() == SerialFraming.StopBits.TWO ? 2 : 1)
                .suffix(Suffix.valueOf(input.suffix().name()))
                .build();
    }

    static CameraSettings camera(InputConfig.Camera input) {
        PixelFormat format = input.format() == CameraProfile.FrameFormat.YUV420 ? PixelFormat.YUV420 : PixelFormat.GREY;
        CameraSettings.Builder settings = CameraSettings.of(input.command(), input.width(), input.height(), format)
                .goneAfter(input.goneAfter());
        input.region().ifPresent(r -> settings.regionOfInterest(new Region(r.x(), r.y(), r.width(), r.height())));
        return settings.build();
    }

    static WedgeSettings wedge(InputConfig.KeyboardWedge input) {
        SuffixKey key = switch (input.suffix()) {
            case TAB -> SuffixKey.TAB;
            case NONE -> SuffixKey.NONE;
            default -> SuffixKey.ENTER;
        };
        return new WedgeSettings(input.device(), key, input.interKeyTimeout(), WedgeSettings.DEFAULT_MAX_CODE_BYTES,
                input.grab());
    }

    private static GpioPins.OutputPin out(OutputPin pin) {
        return new GpioPins.OutputPin(pin.bcm(), pin.activeLow());
    }

    private static GpioPins.SwitchPin in(SwitchPin pin) {
        GpioPins.Pull pull = switch (pin.pull()) {
            case UP -> GpioPins.Pull.UP;
            case DOWN -> GpioPins.Pull.DOWN;
            case NONE -> GpioPins.Pull.OFF;
        };
        return new GpioPins.SwitchPin(pin.bcm(), pull, pin.inHigh() ? GpioPins.Level.HIGH : GpioPins.Level.LOW);
    }
}
