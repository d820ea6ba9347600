package vn.qrgate.registry.domain.area;

import java.util.List;
import java.util.Objects;

/** The outcome of reading an area file: an edition to import, or every reason not to. Never both. */
public sealed interface AreaParse permits AreaParse.Parsed, AreaParse.Rejected {

    record Parsed(AreaEdition edition) implements AreaParse {
        public Parsed {
            Objects.requireNonNull(edition, "edition");
        }
    }

    /** Problems in file order. */
    record Rejected(List<AreaProblem> problems) implements AreaParse {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected file has at least one problem");
            }
        }
    }
}
