package nl.kwartiermaker.mentoring;

import java.util.Locale;

/** How a check-in took place. */
public enum CheckInForm {
    IN_PERSON, PHONE, VIDEO, WALK;

    /** i18n key of the display name. */
    public String labelKey() {
        return "mentoring.check_in_form." + name().toLowerCase(Locale.ROOT);
    }
}
