package nl.kwartiermaker.readiness;

import java.util.Locale;

/** Who answers a scan: the layers seed 001 asks about, plus the experts themselves and partners. */
public enum RespondentGroup {
    MEDEWERKERS, MANAGEMENT, DIRECTIE_BESTUUR, ERVARINGSDESKUNDIGEN, SAMENWERKINGSPARTNERS;

    public String labelKey() {
        return "scan.group." + name().toLowerCase(Locale.ROOT);
    }
}
