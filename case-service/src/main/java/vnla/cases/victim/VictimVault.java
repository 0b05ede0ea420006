package vnla.cases.victim;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vnla.common.crypto.Encryption;

/** Seals and opens victims' identities: JSON encrypted with the service's keyset, the referral id as associated data. */
@ApplicationScoped
class VictimVault {

    private final Encryption encryption;
    private final ObjectMapper mapper;

    VictimVault(Encryption encryption, ObjectMapper mapper) {
        this.encryption = encryption;
        this.mapper = mapper;
    }

    byte[] seal(UUID referralId, VictimIdentity identity) {
        try {
            return encryption.encrypt(mapper.writeValueAsString(identity), associatedData(referralId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not seal a victim's identity", e);
        }
    }

    VictimIdentity open(VictimReferral referral) {
        try {
            return mapper.readValue(encryption.decrypt(referral.identity, associatedData(referral.id)), VictimIdentity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not open a victim's identity", e);
        }
    }

    static String associatedData(UUID referralId) {
        return "victim:" + referralId;
    }
}
