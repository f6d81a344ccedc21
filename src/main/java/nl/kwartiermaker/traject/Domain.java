package nl.kwartiermaker.traject;

import java.util.Locale;

/** Where experts by experience will work (seed 001). */
public enum Domain {
    HULPVERLENING, BELEID, ZELFORGANISATIES, ONDERWIJS, ONDERZOEK;

    public String labelKey() {
        return "traject.domain." + name().toLowerCase(Locale.ROOT);
    }
}
