package vn.qrgate.gateway.domain;

import java.util.List;
import java.util.UUID;

/** What one insert-if-absent did: which event ids were new, which the store already had (or saw twice). */
public record InsertResult(List<UUID> inserted, List<UUID> duplicates) {

    public InsertResult {
        inserted = List.copyOf(inserted);
        duplicates = List.copyOf(duplicates);
    }
}
