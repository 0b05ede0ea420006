package vnla.cases.victim;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import vnla.common.crypto.Encryption;
import vnla.common.disclosure.IdentityVault;

/** Seals and opens victims' identities: JSON encrypted with the service's keyset, the referral id as associated data ({@code victim:<referral id>}). */
@Singleton
class VictimVault extends IdentityVault<VictimIdentity> {

    VictimVault(Encryption encryption, ObjectMapper mapper) {
        super(encryption, mapper, "victim", VictimIdentity.class);
    }

    VictimIdentity open(VictimReferral referral) {
        return open(referral.id, referral.identity);
    }
}
