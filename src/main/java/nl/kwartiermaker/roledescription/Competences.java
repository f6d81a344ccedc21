package nl.kwartiermaker.roledescription;

import java.util.Map;

/** Step 3 of the builder: the level asked for each competence; a competence without a level is not asked for. */
public record Competences(Map<Competence, CompetenceLevel> levels) {

    public static final String LEVELS = "levels";

    public Competences {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }
}
