package nl.kwartiermaker.mentoring;

import java.util.Locale;

/**
 * What the coordinator's overview warns about for one expert (seed 000 tip 7: a mentor and a buddy; seed 001: at
 * least two experts per team; check-ins at least monthly).
 */
public enum ExpertWarning {
    NO_MENTOR, NO_BUDDY, ONLY_EXPERT_IN_TEAM, CHECK_IN_OVERDUE;

    /** i18n key of the warning's short text. */
    public String labelKey() {
        return "mentoring.register.warning." + name().toLowerCase(Locale.ROOT);
    }
}
