package vn.qrgate.registry.port;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import vn.qrgate.registry.domain.cards.CardBatch;
import vn.qrgate.registry.domain.cards.CardListReading;
import vn.qrgate.registry.domain.cards.Issuer;

/** Bulk uploads signed and laid out in the background, one at a time, kept for a day. */
public interface CardBatches extends AutoCloseable {

    /** Queues the good rows of {@code reading} for signing; the batch as it starts. */
    CardBatch start(CardListReading reading, Issuer issuer, Duration validity);

    Optional<CardBatch> batch(String id);

    /** Writes the batch's A4 sheets; false when the batch is not done. */
    boolean writeSheet(String id, OutputStream out) throws IOException;

    /** Stops the work in progress and forgets every batch. */
    @Override
    void close();
}
