package vn.qrgate.protocol.event;

import java.util.List;

/** List checks the message records share, with the same wording. */
final class Messages {

    private Messages() {
    }

    static <T> List<T> copyNonEmpty(List<T> items, String field) {
        List<T> copy = copy(items, field);
        if (copy.isEmpty()) {
            throw new InvalidEventException(field, "must not be empty");
        }
        return copy;
    }

    static <T> List<T> copy(List<T> items, String field) {
        if (items == null) {
            throw new InvalidEventException(field, "is required");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidEventException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(items);
    }
}
