package nl.kwartiermaker.traject;

import java.util.ArrayList;
import java.util.List;

/**
 * The seeds' don'ts that can be read off a traject's own plan. Each belongs to the stage whose advice it comes from
 * and is shown only once the traject has reached that stage (decision 0004, "Phase guidance"): a traject that is still
 * exploring is not told off about a fase 2 matter it has not had to settle yet.
 */
final class TrajectWarnings {

    // the seeds' own headings, as the checklist cites them, so a reader can find the passage
    private static final String POSITIONING = "001 Handreiking kwartiermaken, Fase 2. Betrekken en toerusten van de"
            + " organisatie: Zorg voor een goede positionering in de organisatie";
    private static final String COALITION = "001 Handreiking kwartiermaken, Fase 1. Creëer een veranderklimaat: Vorm een"
            + " leidende coalitie";
    private static final String ROLE_DESCRIPTION = "001 Handreiking kwartiermaken, Fase 2. Betrekken en toerusten van de"
            + " organisatie: Zorg voor een duidelijke functieomschrijving";

    private TrajectWarnings() {
    }

    static List<TrajectWarning> of(Traject traject) {
        List<TrajectWarning> warnings = new ArrayList<>();
        if (reached(traject, Stage.FASE_2) && traject.getPlannedExperts() != null
                && traject.getPlannedExperts() == 1) {
            warnings.add(new TrajectWarning("traject.warning.single.expert", POSITIONING));
        }
        if (reached(traject, Stage.FASE_1) && traject.getSeniorExpertAdviser().isBlank()) {
            warnings.add(new TrajectWarning("traject.warning.no.senior.expert", COALITION));
        }
        if (reached(traject, Stage.FASE_2) && traject.getLineManager().isBlank()) {
            warnings.add(new TrajectWarning("traject.warning.no.line.manager", ROLE_DESCRIPTION));
        }
        return warnings;
    }

    private static boolean reached(Traject traject, Stage stage) {
        return !traject.getStage().isBefore(stage);
    }
}
