package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.area.AreaEdition;
import vn.qrgate.registry.domain.area.AreaLevel;
import vn.qrgate.registry.domain.area.LevelCount;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.testing.AreaFiles;

/** What every area store must do; run against SQLite and PostgreSQL with the Đà Nẵng samples. */
abstract class AreaStoreContract {

    private static final AreaLevel PROVINCE = new AreaLevel(1, "province");
    private static final AreaLevel DISTRICT = new AreaLevel(2, "district");
    private static final AreaLevel WARD = new AreaLevel(3, "ward");
    private static final Area DA_NANG = Area.top("48", "Thành phố Đà Nẵng", "Thành phố Trung ương", PROVINCE);
    private static final Area HAI_CHAU = Area.under("48", "492", "Quận Hải Châu", "Quận", DISTRICT);

    protected AreaStore store;
    private AreaEdition y2021;
    private AreaEdition y2025;

    protected abstract AreaStore openStore() throws Exception;

    protected void dropStore() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        store = openStore();
        y2021 = AreaFiles.edition(AreaFiles.DA_NANG_2021);
        y2025 = AreaFiles.edition(AreaFiles.DA_NANG_2025);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        dropStore();
    }

    private static List<String> codes(List<Area> areas) {
        return areas.stream().map(Area::code).toList();
    }

    @Test
    void an_imported_area_reads_back_exactly_by_its_code() {
        store.replaceAll(y2021);

        assertThat(store.byCode("48")).hasValue(DA_NANG);
        assertThat(store.byCode("492")).hasValue(HAI_CHAU);
        assertThat(store.byCode("20236")).hasValue(Area.under("492", "20236", "Phường Hải Châu", "Phường", WARD));
        assertThat(store.byCode("01")).isEmpty();
        assertThat(store.levelCounts()).containsExactly(new LevelCount(PROVINCE, 1), new LevelCount(DISTRICT, 7),
                new LevelCount(WARD, 47));
    }

    @Test
    void children_are_the_areas_directly_under_ordered_by_code() {
        store.replaceAll(y2021);

        assertThat(codes(store.children("48"))).containsExactly("490", "491", "492", "493", "494", "495", "497");
        assertThat(codes(store.children("494"))).containsExactly("20284", "20285", "20287", "20290");
        assertThat(store.children("20284")).isEmpty();
        assertThat(store.children("99")).isEmpty();
    }

    @Test
    void ancestors_are_the_path_from_the_top_down_to_the_parent() {
        store.replaceAll(y2021);

        assertThat(store.ancestors("20236")).containsExactly(DA_NANG, HAI_CHAU);
        assertThat(store.ancestors("492")).containsExactly(DA_NANG);
        assertThat(store.ancestors("48")).isEmpty();
        assertThat(store.ancestors("99999")).isEmpty();
    }

    @Test
    void the_lowest_level_under_an_area_skips_the_levels_between() {
        store.replaceAll(y2021);

        List<Area> wards = store.lowestLevelUnder("48");
        assertThat(wards).hasSize(47).allSatisfy(a -> assertThat(a.level()).isEqualTo(WARD));
        assertThat(codes(wards)).isSorted();
        assertThat(codes(store.lowestLevelUnder("495")))
                .containsExactly("20260", "20305", "20306", "20311", "20312", "20314");
        assertThat(store.lowestLevelUnder("20260")).isEmpty();
    }

    @Test
    void importing_the_same_edition_twice_leaves_the_same_table() {
        store.replaceAll(y2021);
        List<Area> first = store.lowestLevelUnder("48");

        store.replaceAll(y2021);

        assertThat(store.lowestLevelUnder("48")).isEqualTo(first);
        assertThat(store.levelCounts()).extracting(LevelCount::count).containsExactly(1, 7, 47);
    }

    @Test
    void a_two_level_edition_replaces_a_three_level_one_and_back() {
        store.replaceAll(y2021);

        store.replaceAll(y2025);

        assertThat(store.levelCounts()).containsExactly(new LevelCount(PROVINCE, 1),
                new LevelCount(new AreaLevel(2, "commune"), 15));
        assertThat(store.byCode("492")).as("districts are gone in 2025").isEmpty();
        assertThat(store.byCode("20236")).hasValue(
                Area.under("48", "20236", "Phường Hải Châu", "Phường", new AreaLevel(2, "commune")));
        assertThat(store.ancestors("20236")).containsExactly(DA_NANG);
        assertThat(store.lowestLevelUnder("48")).hasSize(15);

        store.replaceAll(y2021);

        assertThat(store.levelCounts()).extracting(LevelCount::count).containsExactly(1, 7, 47);
        assertThat(store.ancestors("20236")).containsExactly(DA_NANG, HAI_CHAU);
    }

    @Test
    void an_area_with_nothing_under_it_is_kept_and_has_no_lowest_level_areas() {
        AreaEdition withHoangSa = new AreaEdition(y2021.levels(), concat(y2021.areas(),
                Area.under("48", "498", "Huyện Hoàng Sa", "Huyện", DISTRICT)));

        store.replaceAll(withHoangSa);

        assertThat(store.byCode("498")).isPresent();
        assertThat(store.children("498")).isEmpty();
        assertThat(store.lowestLevelUnder("498")).isEmpty();
        assertThat(store.lowestLevelUnder("48")).hasSize(47);
    }

    @Test
    void an_empty_store_answers_empty() {
        assertThat(store.levelCounts()).isEmpty();
        assertThat(store.byCode("48")).isEqualTo(Optional.empty());
        assertThat(store.lowestLevelUnder("48")).isEmpty();
    }

    private static List<Area> concat(List<Area> areas, Area extra) {
        var all = new java.util.ArrayList<>(areas);
        all.add(extra);
        return all;
    }
}
