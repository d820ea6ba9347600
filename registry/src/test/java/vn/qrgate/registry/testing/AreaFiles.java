package vn.qrgate.registry.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.qrgate.registry.domain.area.AreaCsv;
import vn.qrgate.registry.domain.area.AreaEdition;
import vn.qrgate.registry.domain.area.AreaParse;

/** The area samples shipped in registry/samples, and the full official list when it is beside the repo. */
public final class AreaFiles {

    /** Đà Nẵng (province 48) from the 2021 list: 1 province, 7 districts, 47 wards. */
    public static final Path DA_NANG_2021 = Path.of("samples", "areas-48-da-nang-2021.csv");
    /** Đà Nẵng by hand in the 2025 shape: 1 province, 15 communes, their codes taken from its 2021 wards. */
    public static final Path DA_NANG_2025 = Path.of("samples", "areas-48-da-nang-2025.csv");

    private static final String FULL_LIST = "shared/data/vn-admin-units-2025-03.csv";

    private AreaFiles() {
    }

    public static AreaEdition edition(Path csv) throws Exception {
        AreaParse parse = AreaCsv.parse(Files.readString(csv));
        if (parse instanceof AreaParse.Rejected rejected) {
            throw new AssertionError(csv + " is rejected: " + rejected.problems());
        }
        return ((AreaParse.Parsed) parse).edition();
    }

    /**
     * The full list (10 047 wards) at ../shared beside the repository, as CI clones have it; the test
     * is skipped when it is not there. Tests run in registry/, so the repository's parent is two up.
     */
    public static Path fullListOrSkip() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FULL_LIST);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "no " + FULL_LIST + " in a folder above " + here);
        throw new IllegalStateException("unreachable");
    }
}
