package nl.kwartiermaker.traject;

import java.util.Locale;

/** Why an organisation starts (seed 001, verkenning): a change, dissatisfaction, or a dream. */
public enum StartingPoint {
    VERANDERING, ONTEVREDENHEID, DROOM;

    public String labelKey() {
        return "traject.startingpoint." + name().toLowerCase(Locale.ROOT);
    }
}
