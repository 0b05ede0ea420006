package vnla.cases.review;

import vnla.cases.result.DrugType;
import vnla.common.event.Vocabulary.Language;
import vnla.common.event.Vocabulary.QuantityUnit;

/** Every fixed text of the yearly review, in Vietnamese, Lao and English side by side; agency names come from the data. */
enum ReviewText {

    TITLE("Tổng kết công tác phối hợp năm", "ສະຫຼຸບຜົນການຮ່ວມມືປະຈຳປີ", "Yearly review of cooperation,"),
    OPERATIONS("Chuyên án phối hợp", "ແຜນການປະຕິບັດງານຮ່ວມ", "Joint operations"),
    CASES("Số vụ", "ຈຳນວນຄະດີ", "Cases"),
    SUSPECTS("Số đối tượng bị bắt", "ຜູ້ຕ້ອງຫາທີ່ຖືກຈັບກຸມ", "Suspects arrested"),
    DRUGS_SEIZED("Ma túy thu giữ", "ຢາເສບຕິດທີ່ຍຶດໄດ້", "Drugs seized"),
    NONE("Không có", "ບໍ່ມີ", "None"),
    TOTAL("Tổng", "ລວມ", "Total"),
    WEAPONS("Vũ khí (khẩu)", "ອາວຸດ (ກະບອກ)", "Weapons (pieces)"),
    ROUNDS("Đạn (viên)", "ລູກປືນ (ນັດ)", "Ammunition (rounds)"),
    HANDOVERS("Bàn giao đối tượng truy nã", "ການສົ່ງມອບຜູ້ຕ້ອງຫາ", "Handovers of wanted persons"),
    VICTIMS_RETURNED("Nạn nhân được trao trả", "ຜູ້ເຄາະຮ້າຍທີ່ຖືກສົ່ງກັບ", "Victims returned"),
    REQUESTS_ANSWERED_IN_TIME("Yêu cầu xác minh được trả lời đúng hạn", "ຄຳຮ້ອງຂໍກວດສອບທີ່ຕອບທັນກຳນົດ", "Requests answered in time"),

    METHAMPHETAMINE_TABLETS("Ma túy tổng hợp dạng viên", "ຢາບ້າ", "Methamphetamine tablets"),
    CRYSTAL_METHAMPHETAMINE("Ma túy đá", "ຢາໄອສ", "Crystal methamphetamine"),
    HEROIN("Heroin", "ເຮໂຣອິນ", "Heroin"),
    CANNABIS("Cần sa", "ກັນຊາ", "Cannabis"),
    KETAMINE("Ketamine", "ເຄຕາມີນ", "Ketamine"),
    OTHER_DRUGS("Ma túy khác", "ຢາເສບຕິດອື່ນໆ", "Other drugs"),

    TABLETS("viên", "ເມັດ", "tablets"),
    KILOGRAMS("kg", "ກິໂລກຣາມ", "kg");

    private final String vi;
    private final String lo;
    private final String en;

    ReviewText(String vi, String lo, String en) {
        this.vi = vi;
        this.lo = lo;
        this.en = en;
    }

    String in(Language language) {
        return switch (language) {
            case vi -> vi;
            case lo -> lo;
            case en -> en;
        };
    }

    static ReviewText of(DrugType drug) {
        return switch (drug) {
            case METHAMPHETAMINE_TABLETS -> METHAMPHETAMINE_TABLETS;
            case CRYSTAL_METHAMPHETAMINE -> CRYSTAL_METHAMPHETAMINE;
            case HEROIN -> HEROIN;
            case CANNABIS -> CANNABIS;
            case KETAMINE -> KETAMINE;
            case OTHER -> OTHER_DRUGS;
        };
    }

    /** Seizures are summed in tablets or in kilograms (grams converted); no other unit reaches a review. */
    static ReviewText of(QuantityUnit unit) {
        return switch (unit) {
            case TABLET -> TABLETS;
            case KILOGRAM -> KILOGRAMS;
            case GRAM, PIECE, ROUND -> throw new IllegalArgumentException("a review sums drugs in tablets or kilograms, not " + unit);
        };
    }
}
