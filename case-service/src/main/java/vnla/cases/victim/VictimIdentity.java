package vnla.cases.victim;

import java.time.LocalDate;

/** Who the victim is: the plaintext sealed into {@link VictimReferral#identity}, shown only to custodians of the two agencies. */
record VictimIdentity(String fullName, LocalDate dateOfBirth, String idNumber, String nationality, String homeAddress, String phone,
        String photoReference) {

    static VictimIdentity of(VictimRequests.Identity identity) {
        return new VictimIdentity(identity.fullName(), identity.dateOfBirth(), identity.idNumber(), identity.nationality(),
                identity.homeAddress(), identity.phone(), identity.photoReference());
    }

    @Override
    public String toString() {
        return "VictimIdentity[sealed]";
    }
}
