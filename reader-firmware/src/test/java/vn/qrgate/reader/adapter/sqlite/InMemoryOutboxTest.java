package vn.qrgate.reader.adapter.sqlite;

import vn.qrgate.reader.port.Outbox;

/** The same contract on the in-memory model, so the model can be trusted as the property test's oracle. */
class InMemoryOutboxTest extends OutboxContractTest {

    private final InMemoryOutbox.Memory memory = new InMemoryOutbox.Memory();

    @Override
    protected Outbox open(Sizing sizing) {
        return new InMemoryOutbox(memory, sizing.capacity(), sizing.policy(), sizing.diskFloorBytes(),
                sizing.nearlyFullFraction(), clock, () -> freeBytes);
    }
}
