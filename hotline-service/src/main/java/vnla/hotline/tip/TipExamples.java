package vnla.hotline.tip;

/** Example tips shown in the OpenAPI document: one in Vietnamese, one in Lao. */
final class TipExamples {

    static final String VIETNAMESE = """
            {
              "channel": "HOTLINE_CALL",
              "category": "DRUG_TRAFFICKING",
              "occurredAt": "2026-11-20T15:00:00Z",
              "location": { "provinceCode": "VN-26", "district": "A Lưới", "borderPoint": "Cửa khẩu A Đớt" },
              "description": "Người dân báo tin: khoảng 22 giờ có hai xe máy chở bao tải qua đường mòn gần bản biên giới, nghi vận chuyển ma túy tổng hợp sang Việt Nam.",
              "language": "vi",
              "entities": {
                "persons": [ { "name": "Nguyễn Văn Long", "aliases": ["Long Lào"], "nationality": "VN" } ],
                "phoneNumbers": ["0912 345 678"],
                "vehicles": [ { "plate": "75F1-234.56", "type": "xe máy" } ],
                "quantities": [ { "item": "methamphetamine tablets", "amount": 20000, "unit": "TABLET" } ]
              },
              "reporter": { "anonymous": true }
            }""";

    static final String LAO = """
            {
              "channel": "PARTNER_REFERRAL",
              "category": "DRUG_TRAFFICKING",
              "occurredAt": "2026-11-21T02:30:00Z",
              "location": { "provinceCode": "LA-SL", "district": "Samouay" },
              "description": "ມີລາຍງານວ່າ ມີການຂົນສົ່ງຢາບ້າ ຜ່ານຊາຍແດນ ແຂວງສາລະວັນ",
              "language": "lo",
              "entities": { "persons": [ { "name": "ທ້າວ ສົມພອນ", "nationality": "LA" } ] },
              "reporter": { "anonymous": false, "name": "Phonsavanh K.", "phone": "+856 20 5555 1234" }
            }""";

    private TipExamples() {
    }
}
