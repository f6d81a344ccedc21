package nl.kwartiermaker.traject;

import java.util.Locale;

/** The five roles of an expert by experience (seed 001, de basis). */
public enum ExpertRole {
    ONDERSTEUNER, BELEIDSBEINVLOEDER, DESKUNDIGHEIDSBEVORDERAAR, ONDERZOEKER, INITIATOR_VAN_VERNIEUWING;

    public String labelKey() {
        return "traject.role." + name().toLowerCase(Locale.ROOT);
    }
}
