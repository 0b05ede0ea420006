package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import vnla.common.event.VerificationMessageSent;
import vnla.common.event.Vocabulary;

/**
 * Renders an alert's info blocks (an alert's, a recall's, or a verification message's) in every language of the suite
 * (vi, lo, en) from the {@link AlertMessages} bundles.
 */
@ApplicationScoped
public class AlertTexts {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public List<AlertInfo> render(Alert alert) {
        return Arrays.stream(Vocabulary.Language.values()).map(language -> render(alert, language)).toList();
    }

    AlertInfo render(Alert alert, Vocabulary.Language language) {
        AlertMessages messages = MessageBundles.get(AlertMessages.class, Localized.Literal.of(language.name()));
        if (alert.isVerification()) {
            return verification(alert, language, messages);
        }
        String category = category(messages, alert.category);
        String priority = priority(messages, alert.priority);
        String headline = messages.headline(priority, category, alert.area.provinceCode());
        if (alert.status != Vocabulary.MessageStatus.ACTUAL) {
            headline = messages.markedHeadline(status(messages, alert.status), headline);
        }
        if (alert.messageType != Vocabulary.MessageType.ALERT) {
            return recall(alert, language, messages, category, priority, headline);
        }
        String action = action(messages, alert.priority);
        String instruction = alert.ackDeadline == null ? messages.finalInstruction(action)
                : messages.instruction(action, deadline(alert.ackDeadline));
        return new AlertInfo(language, category, priority, headline, instruction, alert.description, alert.language);
    }

    /** A CANCEL or UPDATE: rendered texts only, never the earlier alert's free text. */
    private static AlertInfo recall(Alert alert, Vocabulary.Language language, AlertMessages messages, String category,
            String priority, String headline) {
        String earlier = alert.references.alerts().get(0).identifier().toString();
        boolean cancel = alert.messageType == Vocabulary.MessageType.CANCEL;
        String recallHeadline = cancel ? messages.cancelledHeadline(headline) : messages.updatedHeadline(headline);
        String instruction = cancel ? messages.cancelInstruction(earlier)
                : messages.updateInstruction(earlier, alert.tlp.name() + " / " + alert.releasability.name());
        return new AlertInfo(language, category, priority, recallHeadline, instruction, null, null);
    }

    /**
     * A message of a request for verification: what step of which request, and what to do; its own text travels byte-exact
     * in {@link VerificationMessage#text()}, in the language it was written in (which the message does not say).
     */
    private static AlertInfo verification(Alert alert, Vocabulary.Language language, AlertMessages messages) {
        VerificationMessage v = alert.verification;
        String kind = v.subjectKind() == VerificationMessageSent.SubjectKind.ARREST ? messages.arrestCategory() : messages.verificationCategory();
        String priority = priority(messages, alert.priority);
        String headline = messages.verificationHeadline(priority, kind, v.reference(), step(messages, v.message()));
        if (alert.remindedAt != null && alert.ackDeadline != null) {
            headline = messages.reminderHeadline(headline);
        }
        String instruction = switch (v.message()) {
            case SENT -> alert.ackDeadline == null ? messages.verificationAnswerNow() : messages.verificationAnswerBy(deadline(alert.ackDeadline));
            case OVERDUE -> messages.verificationAnswerNow();
            case CLARIFICATION_ASKED -> messages.verificationClarify();
            case ACCEPTED, CLARIFICATION_ANSWERED, ANSWERED -> messages.verificationInformation(v.reference());
        };
        return new AlertInfo(language, kind, priority, headline, instruction, null, null);
    }

    private static String step(AlertMessages m, VerificationMessageSent.Message message) {
        return switch (message) {
            case SENT -> m.step_SENT();
            case ACCEPTED -> m.step_ACCEPTED();
            case CLARIFICATION_ASKED -> m.step_CLARIFICATION_ASKED();
            case CLARIFICATION_ANSWERED -> m.step_CLARIFICATION_ANSWERED();
            case ANSWERED -> m.step_ANSWERED();
            case OVERDUE -> m.step_OVERDUE();
        };
    }

    private static String deadline(OffsetDateTime deadline) {
        return deadline.withOffsetSameInstant(ZoneOffset.UTC).format(DEADLINE);
    }

    private static String category(AlertMessages m, Vocabulary.Category category) {
        return switch (category) {
            case DRUG_TRAFFICKING -> m.category_DRUG_TRAFFICKING();
            case HUMAN_TRAFFICKING -> m.category_HUMAN_TRAFFICKING();
            case WANTED_FUGITIVE -> m.category_WANTED_FUGITIVE();
            case WEAPONS_SMUGGLING -> m.category_WEAPONS_SMUGGLING();
            case HIGH_TECH_CRIME -> m.category_HIGH_TECH_CRIME();
            case ILLEGAL_BORDER_CROSSING -> m.category_ILLEGAL_BORDER_CROSSING();
            case OTHER_TRANSNATIONAL -> m.category_OTHER_TRANSNATIONAL();
        };
    }

    private static String priority(AlertMessages m, Vocabulary.Priority priority) {
        return switch (priority) {
            case FLASH -> m.priority_FLASH();
            case URGENT -> m.priority_URGENT();
            case ROUTINE -> m.priority_ROUTINE();
        };
    }

    private static String action(AlertMessages m, Vocabulary.Priority priority) {
        return switch (priority) {
            case FLASH -> m.action_FLASH();
            case URGENT -> m.action_URGENT();
            case ROUTINE -> m.action_ROUTINE();
        };
    }

    private static String status(AlertMessages m, Vocabulary.MessageStatus status) {
        return switch (status) {
            case EXERCISE -> m.status_EXERCISE();
            case TEST -> m.status_TEST();
            case ACTUAL -> "";
        };
    }
}
