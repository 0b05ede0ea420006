package vnla.common.event;

/** Kafka topic names of the suite: {@code <service>.<aggregate-plural or purpose>.v<N>}. */
public final class Topics {

    public static final String HOTLINE_TIPS = "hotline.tips.v1";
    public static final String CASES_OPERATIONS = "cases.operations.v1";
    public static final String CASES_ALERT_REQUESTS = "cases.alert-requests.v1";
    public static final String NOTIFICATIONS_ALERTS = "notifications.alerts.v1";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The topic a partner agency subscribed by Kafka reads its alerts from. */
    public static String partnerAlerts(String agencyId) {
        return "alerts.partner." + agencyId + ".v1";
    }
}
