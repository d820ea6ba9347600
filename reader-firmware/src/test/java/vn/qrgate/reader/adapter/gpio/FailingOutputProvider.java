package vn.qrgate.reader.adapter.gpio;

import com.pi4j.io.exception.IOException;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProviderImpl;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The mock output provider, but a pin can be told to fail like a driver that lost its gpio chip. */
final class FailingOutputProvider extends MockDigitalOutputProviderImpl {

    private final Set<Integer> broken = ConcurrentHashMap.newKeySet();

    void breakPin(int bcm) {
        broken.add(bcm);
    }

    @Override
    public DigitalOutput create(DigitalOutputConfig config) {
        int bcm = config.address();
        MockDigitalOutput output = new MockDigitalOutput(this, config) {
            @Override
            public DigitalOutput state(DigitalState state) {
                if (broken.contains(bcm)) {
                    throw new IOException("simulated driver fault on GPIO " + bcm);
                }
                return super.state(state);
            }
        };
        context.registry().add(output);
        return output;
    }
}
