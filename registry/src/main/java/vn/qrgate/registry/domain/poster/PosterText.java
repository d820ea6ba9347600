package vn.qrgate.registry.domain.poster;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a poster prints around the venue's own data, kept together so that a wording change
 * (or another language) is made in one place. {@code steps} are printed numbered, in order.
 */
public record PosterText(String title, List<String> steps, String withoutSmartphone, String venueCodeLabel) {

    /** What Vietnamese venues put beside a check-in QR; the visitor scans with PC-COVID or the phone's camera. */
    public static final PosterText VIETNAMESE = new PosterText(
            "QUÉT MÃ QR ĐỂ KHAI BÁO VÀO / RA",
            List.of(
                    "Mở ứng dụng PC-COVID hoặc camera trên điện thoại",
                    "Quét mã QR ở trên",
                    "Chọn VÀO hoặc RA rồi bấm Gửi"),
            "Không có điện thoại thông minh? Đưa CCCD hoặc thẻ BHYT để nhân viên quét giúp.",
            "Mã địa điểm");

    public static final int MAX_STEPS = 5;
    public static final int MAX_LINE_LENGTH = 120;

    public PosterText {
        PosterFields.requireText("title", title, MAX_LINE_LENGTH);
        if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new InvalidPosterContentException("instruction steps",
                    (steps == null ? "none" : steps.size()) + " given; 1 to " + MAX_STEPS + " are allowed");
        }
        for (int i = 0; i < steps.size(); i++) {
            PosterFields.requireText("instruction step " + (i + 1), steps.get(i), MAX_LINE_LENGTH);
        }
        steps = List.copyOf(steps);
        PosterFields.requireText("note for visitors without a smartphone", withoutSmartphone, MAX_LINE_LENGTH);
        PosterFields.requireText("venue code label", venueCodeLabel, 40);
    }

    /** The steps as printed: {@code 1. Mở ứng dụng…}. */
    public List<String> numberedSteps() {
        List<String> numbered = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            numbered.add((i + 1) + ". " + steps.get(i));
        }
        return numbered;
    }
}
