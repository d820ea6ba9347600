package vn.qrgate.registry.domain.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.qrgate.registry.domain.people.PhoneNumber;

/**
 * Any list of valid synthetic people, written as a spreadsheet might write it (either separator, any
 * accepted header, columns in any order, quoted cells), reads back as the same people. Each case is
 * built from a seed jqwik draws, so a failure can be replayed.
 */
class CardCsvPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Võ"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Đức Cường", "Ngọc Ánh", "Minh Khôi", "Thu Hà"};
    private static final String[] GROUPS = {"10A1", "Tổ 3, ca sáng", "Lớp \"chọn\"", "Phòng Kế toán; tầng 2", "=1+1"};

    record Case(long seed, List<CardRow> people, String text) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + people.size() + " synthetic people";
        }
    }

    @Provide
    Arbitrary<Case> lists() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE).map(CardCsvPropertiesTest::list);
    }

    @Property(tries = 200)
    void any_list_of_valid_people_written_as_csv_reads_back_as_the_same_people(@ForAll("lists") Case c) {
        CardListReading reading = CardCsv.read(c.text().getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.dataRows()).isEqualTo(c.people().size());
        assertThat(reading.good()).extracting(NumberedRow::card).containsExactlyElementsOf(c.people());
    }

    private static Case list(long seed) {
        Random random = new Random(seed);
        List<CardRow> people = new ArrayList<>();
        int size = 1 + random.nextInt(30);
        for (int i = 0; i < size; i++) {
            LocalDate birth = LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int century = birth.getYear() >= 2000 ? 2 : 0;
            String document = String.format("048%d%02d%06d", century + random.nextInt(2), birth.getYear() % 100, i);
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
            Optional<PhoneNumber> phone = random.nextBoolean() ? Optional.empty()
                    : Optional.of(new PhoneNumber(String.format("09%08d", random.nextInt(100_000_000))));
            Optional<String> group = random.nextBoolean() ? Optional.empty()
                    : Optional.of(GROUPS[random.nextInt(GROUPS.length)]);
            people.add(new CardRow(document, name, birth, phone, group));
        }
        char separator = random.nextBoolean() ? ',' : ';';
        List<CardColumn> order = new ArrayList<>(List.of(CardColumn.values()));
        java.util.Collections.shuffle(order, random);
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        String end = random.nextBoolean() ? "\r\n" : "\n";
        List<String> header = order.stream().map(column -> header(column, random)).toList();
        text.append(String.join(String.valueOf(separator), header)).append(end);
        for (CardRow person : people) {
            List<String> cells = new ArrayList<>();
            for (CardColumn column : order) {
                cells.add(quoted(cell(person, column, random), separator));
            }
            text.append(String.join(String.valueOf(separator), cells)).append(end);
        }
        return new Case(seed, people, text.toString());
    }

    private static String header(CardColumn column, Random random) {
        String[] names = switch (column) {
            case DOCUMENT -> new String[] {"so_giay_to", "Số giấy tờ", "CCCD", "document"};
            case NAME -> new String[] {"ho_ten", "Họ tên", "HỌ VÀ TÊN", "name"};
            case BIRTH_DATE -> new String[] {"ngay_sinh", "Ngày sinh", "DOB", "birth_date"};
            case PHONE -> new String[] {"so_dien_thoai", "Số điện thoại", "dien_thoai", "Phone"};
            case GROUP -> new String[] {"lop", "Lớp", "to", "Tổ", "group"};
        };
        return names[random.nextInt(names.length)];
    }

    private static String cell(CardRow person, CardColumn column, Random random) {
        return switch (column) {
            case DOCUMENT -> (random.nextInt(4) == 0 ? "'" : "") + person.document();
            case NAME -> random.nextInt(4) == 0 ? person.name().replace(" ", "  ") : person.name();
            case BIRTH_DATE -> random.nextBoolean() ? person.birthDate().toString()
                    : person.birthDate().getDayOfMonth() + "/" + person.birthDate().getMonthValue() + "/"
                            + person.birthDate().getYear();
            case PHONE -> person.phone().map(p -> random.nextBoolean() ? p.value() : "+84" + p.value().substring(1))
                    .orElse("");
            case GROUP -> person.group().orElse("");
        };
    }

    private static String quoted(String cell, char separator) {
        if (cell.indexOf(separator) < 0 && cell.indexOf('"') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
