package nl.kwartiermaker.traject;

import java.util.ArrayList;
import java.util.List;

/** The seeds' don'ts that can be read off a traject's own plan. */
final class TrajectWarnings {

    private static final String POSITIONING = "001 Handreiking kwartiermaken, Fase 2: positionering";
    private static final String COALITION = "001 Handreiking kwartiermaken, Fase 1: leidende coalitie";
    private static final String ROLE_DESCRIPTION = "001 Handreiking kwartiermaken, Fase 2: functieomschrijving";

    private TrajectWarnings() {
    }

    static List<TrajectWarning> of(Traject traject) {
        List<TrajectWarning> warnings = new ArrayList<>();
        if (traject.getPlannedExperts() != null && traject.getPlannedExperts() == 1) {
            warnings.add(new TrajectWarning("traject.warning.single.expert", POSITIONING));
        }
        if (traject.getSeniorExpertAdviser().isBlank()) {
            warnings.add(new TrajectWarning("traject.warning.no.senior.expert", COALITION));
        }
        if (traject.getLineManager().isBlank()) {
            warnings.add(new TrajectWarning("traject.warning.no.line.manager", ROLE_DESCRIPTION));
        }
        return warnings;
    }
}
