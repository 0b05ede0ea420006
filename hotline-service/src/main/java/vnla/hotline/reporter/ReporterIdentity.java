package vnla.hotline.reporter;

/** An identified reporter's contact details, the plaintext that is encrypted into {@link Reporter#identity}. */
public record ReporterIdentity(String name, String phone, String email, String address) {

    @Override
    public String toString() {
        return "ReporterIdentity[sealed]";
    }
}
