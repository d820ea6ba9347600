package vn.qrgate.registry.domain.cards;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a bulk upload stands: who sent it, how many rows it had and how many were good or bad, how many
 * good rows are signed (or kept) so far, and the problems found. Cards are signed first, then laid out for
 * printing; the sheet can be downloaded once the state is {@link State#DONE}.
 */
public record CardBatch(String id, String account, State state, int rows, int good, int done, int issued, int reused,
        List<String> ignoredColumns, List<RowProblem> problems, Optional<String> error) {

    public enum State {
        QUEUED, SIGNING, LAYING_OUT, DONE, FAILED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public CardBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        ignoredColumns = List.copyOf(ignoredColumns);
        problems = List.copyOf(problems);
        Objects.requireNonNull(error, "error");
    }

    public int bad() {
        return rows - good;
    }
}
