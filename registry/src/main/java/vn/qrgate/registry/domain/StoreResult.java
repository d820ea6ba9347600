package vn.qrgate.registry.domain;

import java.util.List;
import java.util.UUID;

/** What the store did with each event of a batch, in the batch's order: newly stored, or there already. */
public record StoreResult(List<UUID> inserted, List<UUID> alreadyPresent) {

    public StoreResult {
        inserted = List.copyOf(inserted);
        alreadyPresent = List.copyOf(alreadyPresent);
    }
}
