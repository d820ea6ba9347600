package vn.qrgate.reader.adapter.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Listens to the actuator's outputs and keeps every level change with the time it happened, so a
 * test can check the order of events and rough durations, not only the final state.
 */
final class PinRecorder {

    record Change(String role, DigitalState level, long atNanos) {
        @Override
        public String toString() {
            return role + " " + level;
        }
    }

    private final Context pi4j;
    private final List<Change> changes = new CopyOnWriteArrayList<>();
    // Kept, because the actuator's close() removes its outputs from the context.
    private final Map<String, DigitalOutput> outputs = new ConcurrentHashMap<>();

    private PinRecorder(Context pi4j) {
        this.pi4j = pi4j;
    }

    /** Attach after the actuator is built: its initial "off" is then not counted as a change. */
    static PinRecorder on(Context pi4j, String... roles) {
        PinRecorder recorder = new PinRecorder(pi4j);
        for (String role : roles) {
            recorder.outputs.put(role, pi4j.io(Pi4jGateActuator.ioId(role), DigitalOutput.class));
            recorder.output(role).addListener(
                    event -> recorder.changes.add(new Change(role, event.state(), System.nanoTime())));
        }
        return recorder;
    }

    DigitalOutput output(String role) {
        return outputs.computeIfAbsent(role, r -> pi4j.io(Pi4jGateActuator.ioId(r), DigitalOutput.class));
    }

    DigitalState level(String role) {
        return output(role).state();
    }

    List<Change> all() {
        return List.copyOf(changes);
    }

    List<Change> of(String role) {
        return changes.stream().filter(c -> c.role().equals(role)).toList();
    }

    /** "relay HIGH", "greenLed HIGH"… in the order they happened. */
    List<String> sequence() {
        return changes.stream().map(Change::toString).toList();
    }

    long count(String role, DigitalState level) {
        return changes.stream().filter(c -> c.role().equals(role) && c.level() == level).count();
    }

    Change first(String role, DigitalState level) {
        return changes.stream().filter(c -> c.role().equals(role) && c.level() == level).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " " + level + " in " + sequence()));
    }

    Change last(String role, DigitalState level) {
        List<Change> matching = changes.stream().filter(c -> c.role().equals(role) && c.level() == level).toList();
        if (matching.isEmpty()) {
            throw new AssertionError("no " + role + " " + level + " in " + sequence());
        }
        return matching.get(matching.size() - 1);
    }

    static long millisBetween(Change earlier, Change later) {
        return (later.atNanos() - earlier.atNanos()) / 1_000_000;
    }
}
