package vn.qrgate.reader.adapter.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.raspberrypi.platform.RaspberryPiPlatform;

/** Where Pi4J contexts come from, so the choice of backend is made in one place. */
public final class Pi4jContexts {

    private Pi4jContexts() {
    }

    /**
     * A context for a real Raspberry Pi, with digital I/O through the <b>gpiod</b> plugin
     * ({@code pi4j-plugin-gpiod}): it uses the kernel's GPIO character device ({@code /dev/gpiochip*})
     * via libgpiod, works the same on the Pi 3, 4 and 5 (pigpio does not run on the Pi 5), and needs
     * no root, only a service user in the {@code gpio} group.
     *
     * <p>The providers are named here instead of left to auto-detection: in Pi4J 2.8 the
     * {@code raspberrypi} plugin also registers digital I/O providers, and those only keep the state
     * in memory. Auto-detection prefers gpiod by priority today, but if gpiod ever went missing from
     * the shaded jar it would silently fall back to them and the relay would never click; with the
     * providers named, that is a build error instead. The Raspberry Pi platform is kept for board
     * detection only; it takes none of its own I/O providers because they are not registered.
     *
     * <p>Pi4J's shutdown hook is on: if the agent is stopped without running its own shutdown, Pi4J
     * still drives every output to its configured shutdown state, i.e. relay off, gate shut.
     *
     * <p>Building the context does not touch the hardware yet: a missing gpio chip shows up as a
     * {@link GpioHardwareException} naming the pin when the actuator claims its first output.
     */
    public static Context forHardware() {
        try {
            return Pi4J.newContextBuilder()
                    .noAutoDetect()
                    .add(new RaspberryPiPlatform())
                    .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance())
                    .enableShutdownHook()
                    .build();
        } catch (RuntimeException e) {
            throw new GpioHardwareException("cannot start Pi4J with the gpiod provider: " + e.getMessage()
                    + " (on a machine without GPIO use the simulated board)", e);
        }
    }
}
