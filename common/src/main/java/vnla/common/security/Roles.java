package vnla.common.security;

/** The roles of domain.md, as carried in the token's {@code groups} claim. */
public final class Roles {

    public static final String DUTY_OFFICER = "duty-officer";
    public static final String ANALYST = "analyst";
    public static final String LIAISON_OFFICER = "liaison-officer";
    public static final String CUSTODIAN = "custodian";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
