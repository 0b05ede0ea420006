package vnla.notification.alert;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Vocabulary;

/**
 * One CAP info block: headline, category, priority and instruction rendered from the templates of its language; the
 * free text travels as it was given, marked with the language it is in (never machine-translated).
 */
@Schema(description = "A CAP-like info block in one language; a CANCEL or UPDATE carries no description")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertInfo(
        @Schema(description = "Language of the rendered texts") Vocabulary.Language language,
        String category,
        String priority,
        String headline,
        String instruction,
        @Schema(description = "The free text as given, in descriptionLanguage; absent on a CANCEL or UPDATE") String description,
        Vocabulary.Language descriptionLanguage) {

    /** An alert's info blocks: one per language of the suite ({@link Vocabulary.Language}: vi, lo, en). */
    public static final int PER_ALERT = 3;
}
