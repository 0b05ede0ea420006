package vnla.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tips, triage and operations as the officers of domain.md would enter them. */
public final class Fixtures {

    public static final String REPORTER_NAME = "Hồ Văn Tư";
    public static final String REPORTER_PHONE = "+84 234 3888 999";
    public static final String VI_METH_ROUTE = "Người dân báo tin: khoảng 22 giờ có hai xe máy chở bao tải qua đường mòn gần bản biên giới A Lưới, "
            + "nghi vận chuyển ma túy tổng hợp (hồng phiến) sang Salavan.";

    private Fixtures() {
    }

    public static Map<String, Object> tip(String category, String provinceCode, String description, String language) {
        Map<String, Object> tip = new HashMap<>();
        tip.put("channel", "HOTLINE_CALL");
        tip.put("category", category);
        tip.put("occurredAt", "2026-11-20T15:00:00Z");
        tip.put("location", Map.of("provinceCode", provinceCode, "district", "A Lưới", "borderPoint", "Đường mòn bản Pa Riêng"));
        tip.put("description", description);
        tip.put("language", language);
        tip.put("entities", Map.of(
                "persons", List.of(Map.of("name", "Nguyễn Văn Long", "aliases", List.of("Long Lào"), "nationality", "VN")),
                "phoneNumbers", List.of("0912 345 678"),
                "quantities", List.of(Map.of("item", "methamphetamine tablets", "amount", 20000, "unit", "TABLET"))));
        tip.put("reporter", Map.of("anonymous", false, "name", REPORTER_NAME, "phone", REPORTER_PHONE));
        return tip;
    }

    public static Map<String, Object> triage(String priority, String tlp, String releasability, List<String> partners) {
        return Map.of(
                "grading", Map.of("sourceReliability", "B", "informationCredibility", 2),
                "priority", priority,
                "handlingCode", Map.of("tlp", tlp, "releasability", releasability),
                "crossBorder", !partners.isEmpty(),
                "partnerAgencies", partners);
    }

    public static Map<String, Object> operation(String codeName, String lead, List<String> partners, String category, List<String> provinces) {
        return Map.of(
                "codeName", codeName,
                "leadAgency", lead,
                "partnerAgencies", partners,
                "category", category,
                "area", Map.of("provinceCodes", provinces),
                "period", Map.of("from", "2025-11-29"),
                "description", "Chuyên án phối hợp đấu tranh với đường dây ma túy xuyên biên giới");
    }
}
