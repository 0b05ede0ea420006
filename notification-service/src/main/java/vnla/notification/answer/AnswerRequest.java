package vnla.notification.answer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.AlertAnswered;
import vnla.common.event.Vocabulary;

/** What the receiving side made of an alert, with a note in the language it was written in; who answers comes from the token. */
@Schema(description = "The receiving agency's answer to the alert")
public record AnswerRequest(
        @NotNull @Schema(description = "CONFIRMED, NOT_FOUND, FALSE or ACTION_TAKEN") AlertAnswered.Result result,
        @NotBlank @Size(max = AnswerRequest.MAX_NOTE) @Schema(description = "Carried byte-exact to the sender, never translated",
                example = "ໄດ້ກວດກາແລ້ວ: ພົບລົດຈັກສອງຄັນ ຢູ່ບ້ານຕິດຊາຍແດນ, ກຳລັງຕິດຕາມ") String note,
        @NotNull @Schema(description = "The language of the note") Vocabulary.Language language) {

    /** The longest note, in characters (also in the event schema). */
    public static final int MAX_NOTE = 2000;
}
