package vnla.common.disclosure;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vnla.common.crypto.Encryption;

/**
 * Seals and opens one kind of identity (a reporter's, a victim's): JSON encrypted with the service's keyset, with
 * {@code <kind>:<id>} as associated data, so a ciphertext copied to another row does not open.
 */
public class IdentityVault<T> {

    private final Encryption encryption;
    private final ObjectMapper mapper;
    private final String kind;
    private final Class<T> type;

    public IdentityVault(Encryption encryption, ObjectMapper mapper, String kind, Class<T> type) {
        this.encryption = encryption;
        this.mapper = mapper;
        this.kind = kind;
        this.type = type;
    }

    public byte[] seal(UUID id, T identity) {
        try {
            return encryption.encrypt(mapper.writeValueAsString(identity), associatedData(id));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not seal a " + kind + "'s identity", e);
        }
    }

    /** The identity sealed into {@code sealed}; null when there is none. */
    public T open(UUID id, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return mapper.readValue(encryption.decrypt(sealed, associatedData(id)), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not open a " + kind + "'s identity", e);
        }
    }

    /** What binds a ciphertext to its row, for re-encryption after a key rotation. */
    public String associatedData(UUID id) {
        return kind + ":" + id;
    }
}
