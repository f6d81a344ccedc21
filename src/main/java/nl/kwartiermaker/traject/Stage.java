package nl.kwartiermaker.traject;

import java.util.List;
import java.util.Locale;

/** Where a traject stands on the journey of seed 001. Order matters: it is the order of the journey. */
public enum Stage {
    VERKENNING, GO_NO_GO, FASE_1, FASE_2, FASE_3;

    /** The stages that have a checklist; the go/no-go moment has a decision instead. */
    public static final List<Stage> WITH_CHECKLIST = List.of(VERKENNING, FASE_1, FASE_2, FASE_3);

    public String labelKey() {
        return "stage." + name().toLowerCase(Locale.ROOT);
    }

    /** The knowledge-base page that explains this stage. */
    public String knowledgeSlug() {
        return switch (this) {
            case VERKENNING -> "verkenning";
            case GO_NO_GO -> "go-no-go";
            case FASE_1 -> "fase-1-veranderklimaat";
            case FASE_2 -> "fase-2-betrekken-en-toerusten";
            case FASE_3 -> "fase-3-volhouden-en-borgen";
        };
    }

    public boolean isBefore(Stage other) {
        return ordinal() < other.ordinal();
    }
}
