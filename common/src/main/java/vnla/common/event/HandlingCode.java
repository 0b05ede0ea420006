package vnla.common.event;

import jakarta.validation.constraints.NotNull;

/** TLP 2.0 plus releasability: who may ever see a piece of information. */
public record HandlingCode(@NotNull Vocabulary.Tlp tlp, @NotNull Vocabulary.Releasability releasability) {

    /** Nothing marked NATIONAL_ONLY or TLP RED ever leaves the originating force. */
    public boolean mayLeaveOriginatingForce() {
        return tlp != Vocabulary.Tlp.RED && releasability != Vocabulary.Releasability.NATIONAL_ONLY;
    }
}
