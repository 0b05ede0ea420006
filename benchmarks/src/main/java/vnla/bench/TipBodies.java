package vnla.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Random but realistic tip bodies: Vietnamese or Lao descriptions, persons, phones, vehicles, boats and quantities. */
public final class TipBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] VI_OPENINGS = {
        "Người dân báo tin: khoảng %d giờ có hai xe máy chở bao tải qua đường mòn gần bản biên giới, nghi vận chuyển ma túy tổng hợp sang Việt Nam.",
        "Một người lái xe tải khai báo: tại bãi xe gần cửa khẩu có nhóm %d người lạ mặt bốc dỡ hàng hóa không rõ nguồn gốc vào ban đêm.",
        "Đồn Biên phòng nhận tin: một đối tượng truy nã đang lẩn trốn tại bản làng giáp biên, thường đi lại bằng thuyền máy qua sông vào lúc %d giờ.",
        "Quần chúng nhân dân phản ánh: có người môi giới đưa %d phụ nữ trẻ sang bên kia biên giới làm việc, nghi có dấu hiệu mua bán người.",
        "Tổ tuần tra phát hiện dấu vết xe máy chở hàng cồng kềnh trên đường mòn, khoảng %d chuyến trong đêm, hướng về phía cột mốc biên giới.",
    };
    private static final String[] VI_DETAILS = {
        " Đối tượng nói giọng miền Trung, mặc áo khoác màu xanh, đội mũ bảo hiểm đen.",
        " Người báo tin đề nghị giữ bí mật danh tính vì sợ bị trả thù.",
        " Hàng được bọc trong bao tải dứa, chất dưới lớp rau củ để ngụy trang.",
        " Chiếc xe tải không có phù hiệu, biển số đã bị bôi bẩn một phần.",
        " Theo người dân, nhóm này đã hoạt động nhiều tháng nay ở khu vực A Lưới và A Đớt.",
    };
    private static final String[] LO_OPENINGS = {
        "ມີລາຍງານວ່າ ມີການຂົນສົ່ງຢາບ້າ ຜ່ານຊາຍແດນ ແຂວງສາລະວັນ ປະມານ %d ໂມງແລງ.",
        "ປະຊາຊົນແຈ້ງວ່າ ມີລົດຈັກ %d ຄັນ ບັນທຸກຖົງໃຫຍ່ ຂ້າມທາງນ້ອຍ ໃກ້ບ້ານຊາຍແດນ.",
        "ເຈົ້າໜ້າທີ່ປ້ອງກັນຊາຍແດນ ໄດ້ຮັບແຈ້ງວ່າ ມີຜູ້ຕ້ອງຫາທີ່ຖືກຕິດຕາມ ລີ້ຊ່ອນຢູ່ບ້ານ ໃກ້ດ່ານ ປະມານ %d ວັນແລ້ວ.",
        "ມີຂໍ້ມູນວ່າ ມີການນຳເອົາແມ່ຍິງ %d ຄົນ ຂ້າມຊາຍແດນໄປເຮັດວຽກ ຢ່າງຜິດກົດໝາຍ.",
    };
    private static final String[] LO_DETAILS = {
        " ຜູ້ແຈ້ງຂໍໃຫ້ປິດບັງຊື່ ເພາະຢ້ານຖືກແກ້ແຄ້ນ.",
        " ສິນຄ້າຖືກຫໍ່ດ້ວຍຖົງຢາງ ແລະ ເຊື່ອງໄວ້ພາຍໃຕ້ຜັກ.",
        " ກຸ່ມນີ້ເຄື່ອນໄຫວຢູ່ເມືອງສະມ້ວຍ ມາຫຼາຍເດືອນແລ້ວ.",
    };
    private static final String[] VI_NAMES = { "Nguyễn Văn Long", "Trần Thị Hoa", "Lê Đức Thắng", "Phạm Quốc Bảo", "Hồ Văn Tư", "Võ Thị Lan" };
    private static final String[] VI_ALIASES = { "Long Lào", "Hoa Bắc", "Thắng Sẹo", "Bảo Ù", "Tư Râu" };
    private static final String[] LO_NAMES = { "ທ້າວ ສົມພອນ", "ນາງ ບົວພັນ", "ທ້າວ ຄຳແສງ", "ທ້າວ ວັນໄຊ", "ນາງ ມະນີວອນ" };
    private static final String[] VI_DISTRICTS = { "A Lưới", "Nam Đông", "Phong Điền", "Hương Trà" };
    private static final String[] VI_BORDER_POINTS = { "Cửa khẩu A Đớt", "Đồn Biên phòng Hồng Vân", "Mốc 649", "Đường mòn Pả Xá" };
    private static final String[] LO_DISTRICTS = { "Samouay", "Ta Oy", "Toumlane", "Salavan" };
    private static final String[] CATEGORIES = { "DRUG_TRAFFICKING", "DRUG_TRAFFICKING", "DRUG_TRAFFICKING", "HUMAN_TRAFFICKING",
        "WANTED_FUGITIVE", "WEAPONS_SMUGGLING", "ILLEGAL_BORDER_CROSSING", "OTHER_TRANSNATIONAL" };
    private static final String[] CHANNELS = { "HOTLINE_CALL", "HOTLINE_CALL", "BLO_REFERRAL", "WALK_IN", "PATROL_REPORT",
        "PARTNER_REFERRAL", "ONLINE" };
    private static final String[] ITEMS = { "methamphetamine tablets", "heroin", "crystal methamphetamine", "ammunition", "cần sa" };
    private static final String[] UNITS = { "TABLET", "GRAM", "KILOGRAM", "PIECE", "ROUND" };

    private final SplittableRandom random;

    public TipBodies(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One random tip as a JSON request body for {@code POST /api/v1/tips}. */
    public synchronized String next() {
        return json(nextTip());
    }

    /** One random tip as a map, in the shape of hotline-service's {@code TipRequests.NewTip}. */
    public synchronized Map<String, Object> nextTip() {
        boolean lao = random.nextInt(3) == 0;
        Map<String, Object> tip = new LinkedHashMap<>();
        tip.put("channel", pick(CHANNELS));
        tip.put("category", pick(CATEGORIES));
        tip.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5 + random.nextInt(3 * 24 * 60)).withNano(0).toString());
        Map<String, Object> location = new LinkedHashMap<>();
        if (lao) {
            location.put("provinceCode", "LA-SL");
            location.put("district", pick(LO_DISTRICTS));
        } else {
            location.put("provinceCode", "VN-26");
            location.put("district", pick(VI_DISTRICTS));
            location.put("borderPoint", pick(VI_BORDER_POINTS));
        }
        if (random.nextBoolean()) {
            location.put("latitude", 15.5 + random.nextDouble());
            location.put("longitude", 106.5 + random.nextDouble());
        }
        tip.put("location", location);
        tip.put("description", description(lao));
        tip.put("language", lao ? "lo" : "vi");
        tip.put("entities", entities(lao));
        tip.put("reporter", reporter(lao));
        return tip;
    }

    private String description(boolean lao) {
        StringBuilder text = new StringBuilder(String.format(pick(lao ? LO_OPENINGS : VI_OPENINGS), 2 + random.nextInt(21)));
        int details = random.nextInt(4);
        for (int i = 0; i < details; i++) {
            text.append(pick(lao ? LO_DETAILS : VI_DETAILS));
        }
        return text.toString();
    }

    private Map<String, Object> entities(boolean lao) {
        Map<String, Object> entities = new LinkedHashMap<>();
        List<Map<String, Object>> persons = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Map<String, Object> person = new LinkedHashMap<>();
            boolean laoPerson = lao ? random.nextInt(4) != 0 : random.nextInt(4) == 0;
            person.put("name", pick(laoPerson ? LO_NAMES : VI_NAMES));
            if (!laoPerson && random.nextBoolean()) {
                person.put("aliases", List.of(pick(VI_ALIASES)));
            }
            person.put("nationality", laoPerson ? "LA" : "VN");
            persons.add(person);
        }
        entities.put("persons", persons);
        List<String> phones = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            phones.add(lao ? String.format("+856 20 %04d %04d", random.nextInt(10_000), random.nextInt(10_000))
                    : String.format("09%02d %03d %03d", random.nextInt(100), random.nextInt(1000), random.nextInt(1000)));
        }
        entities.put("phoneNumbers", phones);
        if (random.nextBoolean()) {
            entities.put("vehicles", List.of(Map.of("plate", String.format("75F%d-%03d.%02d", 1 + random.nextInt(9),
                    random.nextInt(1000), random.nextInt(100)), "type", lao ? "ລົດຈັກ" : "xe máy")));
        }
        if (random.nextInt(5) == 0) {
            entities.put("boats", List.of(Map.of("description", lao ? "ເຮືອຫາງຍາວ ສີຟ້າ" : "thuyền máy vỏ gỗ màu xanh")));
        }
        if (random.nextBoolean()) {
            int unit = random.nextInt(UNITS.length);
            entities.put("quantities", List.of(Map.of("item", pick(ITEMS), "amount", 1 + random.nextInt(50_000), "unit", UNITS[unit])));
        }
        return entities;
    }

    private Map<String, Object> reporter(boolean lao) {
        if (random.nextInt(3) != 0) {
            return Map.of("anonymous", true);
        }
        return Map.of("anonymous", false,
                "name", lao ? pick(LO_NAMES) : pick(VI_NAMES),
                "phone", lao ? "+856 20 5555 " + (1000 + random.nextInt(9000)) : "+84 905 " + (100_000 + random.nextInt(900_000)));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
