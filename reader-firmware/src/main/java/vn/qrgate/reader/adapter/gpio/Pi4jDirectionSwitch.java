package vn.qrgate.reader.adapter.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.reader.port.DirectionSwitch;

/**
 * The IN/OUT switch of a handheld or a two-way gate, on one GPIO input.
 *
 * <p>{@link #current()} samples the level when a scan is being recorded rather than caching the last
 * edge event: a lost or filtered edge would otherwise leave every later scan in the wrong direction
 * until the switch moved again. A toggle switch only bounces for a few milliseconds after it is
 * flipped, far less than it takes to show a code. Pi4J's debounce is still configured: it keeps the
 * edge events (logged here so a technician can watch the switch) from chattering.
 */
public final class Pi4jDirectionSwitch implements DirectionSwitch, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Pi4jDirectionSwitch.class);

    public static final String IO_ID = "qrgate-" + GpioPins.DIRECTION_SWITCH;
    public static final Duration DEBOUNCE = Duration.ofMillis(30);

    private final Context pi4j;
    private final GpioPins.SwitchPin pin;
    private final DigitalInput input;
    private volatile Direction lastKnown = Direction.IN;
    private volatile boolean failing;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @throws GpioSettingsException if the board has no direction switch wired
     * @throws GpioHardwareException if the pin cannot be claimed
     */
    public Pi4jDirectionSwitch(Context pi4j, GpioPins pins) {
        this(pi4j, pins.directionSwitch().orElseThrow(() -> new GpioSettingsException(GpioPins.DIRECTION_SWITCH,
                "missing", "a BCM GPIO number, or a fixed direction in the reader config instead of a switch")));
    }

    /** @throws GpioHardwareException if the pin cannot be claimed */
    public Pi4jDirectionSwitch(Context pi4j, GpioPins.SwitchPin pin) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        this.pin = Objects.requireNonNull(pin, "pin");
        try {
            DigitalInputConfig config = DigitalInput.newConfigBuilder(pi4j)
                    .id(IO_ID)
                    .name("QR Gate direction switch")
                    .address(pin.bcm())
                    .pull(pull(pin.pull()))
                    .debounce(DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS)
                    .build();
            this.input = pi4j.create(config);
        } catch (RuntimeException e) {
            throw new GpioHardwareException(GpioPins.DIRECTION_SWITCH, pin.bcm(), e.getMessage()
                    + " (is this a Raspberry Pi with /dev/gpiochip*, may the service user open it (group gpio)?)", e);
        }
        input.addListener(event -> {
            if (event.state() == DigitalState.HIGH || event.state() == DigitalState.LOW) {
                log.info("direction switch now {}", toDirection(event.state()));
            }
        });
        log.info("direction switch on GPIO {} (pull {}, {} = IN), reads {}", pin.bcm(), pin.pull(), pin.inLevel(),
                current());
    }

    /** Never throws: on a read error the last good reading (IN before the first) is used. */
    @Override
    public Direction current() {
        DigitalState level;
        try {
            level = input.state();
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn("direction switch GPIO {} unreadable, keeping {}: {}", pin.bcm(), lastKnown, e.toString());
            }
            return lastKnown;
        }
        if (level != DigitalState.HIGH && level != DigitalState.LOW) {
            return lastKnown;
        }
        failing = false;
        Direction direction = toDirection(level);
        lastKnown = direction;
        return direction;
    }

    /** Releases the input; the context stays open for whoever else uses it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!pi4j.isShutdown() && pi4j.hasIO(IO_ID)) {
                pi4j.shutdown(IO_ID);
            }
        } catch (RuntimeException e) {
            log.warn("could not release the direction switch input: {}", e.toString());
        }
    }

    private Direction toDirection(DigitalState level) {
        boolean high = level == DigitalState.HIGH;
        boolean inIsHigh = pin.inLevel() == GpioPins.Level.HIGH;
        return high == inIsHigh ? Direction.IN : Direction.OUT;
    }

    private static PullResistance pull(GpioPins.Pull pull) {
        return switch (pull) {
            case UP -> PullResistance.PULL_UP;
            case DOWN -> PullResistance.PULL_DOWN;
            case OFF -> PullResistance.OFF;
        };
    }
}
