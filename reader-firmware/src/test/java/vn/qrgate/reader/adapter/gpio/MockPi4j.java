package vn.qrgate.reader.adapter.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/**
 * Pi4J 2.8 contexts without hardware. The mock plugin is not picked up by auto-detection (2.8
 * skips mock plugins on purpose), so the platform and the two digital providers are named here.
 */
final class MockPi4j {

    private MockPi4j() {
    }

    static Context newContext() {
        return newContext(MockDigitalOutputProvider.newInstance());
    }

    /** With a replacement for the mock output provider, e.g. one that fails on demand. */
    static Context newContext(DigitalOutputProvider outputs) {
        return Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), outputs)
                .disableShutdownHook()
                .build();
    }
}
