package vnla.notification.alert;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of an alert's info blocks: English here, Vietnamese and Lao in {@code messages/alerts_vi.properties} and
 * {@code messages/alerts_lo.properties}.
 */
@MessageBundle(value = "alerts", locale = "en")
public interface AlertMessages {

    @Message("{priority}: {category} – area {area}")
    String headline(String priority, String category, String area);

    @Message("[{status}] {headline}")
    String markedHeadline(String status, String headline);

    @Message("{action}. A liaison officer must acknowledge this alert before {deadline} UTC; otherwise it goes to the next tier of your hotline network.")
    String instruction(String action, String deadline);

    @Message("{action}. A liaison officer must acknowledge this alert.")
    String finalInstruction(String action);

    @Message("Cancelled: {headline}")
    String cancelledHeadline(String headline);

    @Message("Updated: {headline}")
    String updatedHeadline(String headline);

    @Message("Reminder: {headline}")
    String reminderHeadline(String headline);

    @Message("The earlier alert {identifier} is withdrawn: stop acting on it and do not pass it on. No acknowledgement is needed.")
    String cancelInstruction(String identifier);

    @Message("The handling code of the earlier alert {identifier} is now {handlingCode}: handle it and anything taken from it accordingly.")
    String updateInstruction(String identifier, String handlingCode);

    @Message("FLASH")
    String priority_FLASH();

    @Message("URGENT")
    String priority_URGENT();

    @Message("ROUTINE")
    String priority_ROUTINE();

    @Message("Act at once")
    String action_FLASH();

    @Message("Act within the hour")
    String action_URGENT();

    @Message("Act in the normal course of duty")
    String action_ROUTINE();

    @Message("EXERCISE")
    String status_EXERCISE();

    @Message("TEST")
    String status_TEST();

    @Message("Drug trafficking")
    String category_DRUG_TRAFFICKING();

    @Message("Human trafficking")
    String category_HUMAN_TRAFFICKING();

    @Message("Wanted fugitive")
    String category_WANTED_FUGITIVE();

    @Message("Weapons smuggling")
    String category_WEAPONS_SMUGGLING();

    @Message("High-tech crime")
    String category_HIGH_TECH_CRIME();

    @Message("Illegal border crossing")
    String category_ILLEGAL_BORDER_CROSSING();

    @Message("Other transnational crime")
    String category_OTHER_TRANSNATIONAL();

    @Message("Request for verification")
    String verificationCategory();

    @Message("Request to arrest")
    String arrestCategory();

    @Message("{priority}: {kind} {reference} – {step}")
    String verificationHeadline(String priority, String kind, String reference, String step);

    @Message("new request")
    String step_SENT();

    @Message("accepted")
    String step_ACCEPTED();

    @Message("clarification asked")
    String step_CLARIFICATION_ASKED();

    @Message("clarification given")
    String step_CLARIFICATION_ANSWERED();

    @Message("answered")
    String step_ANSWERED();

    @Message("deadline passed without an answer")
    String step_OVERDUE();

    @Message("Answer the request in case-service before {deadline} UTC; otherwise it goes to the next tier of your hotline network.")
    String verificationAnswerBy(String deadline);

    @Message("The answer is overdue: answer the request in case-service now.")
    String verificationAnswerNow();

    @Message("Give the clarification asked in case-service.")
    String verificationClarify();

    @Message("For your information: the request {reference} is in case-service.")
    String verificationInformation(String reference);
}
