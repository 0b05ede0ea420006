package vnla.cases.tip;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import vnla.cases.config.CasesConfig;

/**
 * Normalises what tips name so equal things compare equal: phone numbers to E.164 (+84, +856), vehicle plates and ID
 * numbers to upper-case letters and digits. Names are folded in the database ({@code cases_fold}).
 */
@ApplicationScoped
public class Identifiers {

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final List<String> regions;

    @Inject
    public Identifiers(CasesConfig config) {
        this(config.phoneRegions());
    }

    /** With the regions tried, in order, for a phone number written without a country code. */
    Identifiers(List<String> phoneRegions) {
        this.regions = phoneRegions;
    }

    /**
     * The number in E.164, trying first the region where the tip happened, then the configured ones; a number no region
     * recognises keeps its digits (and a leading +) so identical writings still match.
     */
    public Optional<String> phone(String raw, String provinceCode) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String cleaned = raw.strip();
        if (cleaned.startsWith("00")) {
            cleaned = "+" + cleaned.substring(2);
        }
        Set<String> order = new LinkedHashSet<>();
        if (provinceCode != null && provinceCode.length() >= 2) {
            order.add(provinceCode.substring(0, 2));
        }
        order.addAll(regions);
        for (boolean strict : new boolean[] { true, false }) {
            for (String region : order) {
                try {
                    PhoneNumber number = phones.parse(cleaned, region);
                    if (strict ? phones.isValidNumber(number) : phones.isPossibleNumber(number)) {
                        return Optional.of(phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
                    }
                } catch (NumberParseException e) {
                    // not a number in this region; try the next
                }
            }
        }
        String digits = cleaned.replaceAll("[^0-9+]", "");
        return digits.replace("+", "").isEmpty() ? Optional.empty() : Optional.of(digits);
    }

    /** Upper-case letters (any script, with their marks) and digits only: {@code 29a-123.45} → {@code 29A12345}. */
    public Optional<String> code(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFC).toUpperCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]", "");
        return normalised.isEmpty() ? Optional.empty() : Optional.of(normalised);
    }
}
