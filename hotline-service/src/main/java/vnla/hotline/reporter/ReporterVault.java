package vnla.hotline.reporter;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vnla.common.crypto.Encryption;

/** Seals and opens reporter identities: JSON encrypted with the tip id as associated data. */
@ApplicationScoped
public class ReporterVault {

    private final Encryption encryption;
    private final ObjectMapper mapper;

    public ReporterVault(Encryption encryption, ObjectMapper mapper) {
        this.encryption = encryption;
        this.mapper = mapper;
    }

    public byte[] seal(UUID tipId, ReporterIdentity identity) {
        try {
            return encryption.encrypt(mapper.writeValueAsString(identity), associatedData(tipId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ReporterIdentity open(Reporter reporter) {
        if (reporter.identity == null) {
            return new ReporterIdentity(null, null, null, null);
        }
        try {
            return mapper.readValue(encryption.decrypt(reporter.identity, associatedData(reporter.tipId)), ReporterIdentity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String associatedData(UUID tipId) {
        return "reporter:" + tipId;
    }
}
