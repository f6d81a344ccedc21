package nl.kwartiermaker.roledescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seeds' don'ts that can be read off a role description. Pure: the same content always gives the same warnings,
 * so the builder can show them while HR types and the tests can check each rule on its own.
 */
public final class RoleDescriptionWarnings {

    /**
     * Below this many hours a paid contract is the "small contract" seed 001 warns about: the pay barely exceeds what
     * is lost on a benefit. 16 hours (two days) is the portal's own reading of the seed, which names no number; the
     * warning says so ("richtgetal van het portaal"), so nobody quotes it as the seed's norm.
     */
    public static final int SMALL_CONTRACT_HOURS = 16;

    static final String POSITIONING = "001 Handreiking kwartiermaken, Fase 2: Zorg voor een goede positionering";
    static final String REWARD = "001 Handreiking kwartiermaken, Fase 2: Bied passende beloning (citaat Marc Mulder)";
    static final String ROLE_DESCRIPTION = "001 Handreiking kwartiermaken, Fase 2: Zorg voor een duidelijke"
            + " functieomschrijving";
    /** Mentor, buddy and intervision are 000's tip 7 (welzijn) and 001's fase 2; "niet alleen zwemmen" is 002's. */
    static final String SUPPORT = "000 Handreiking ervaringsdeskundigen inzetten, tip 7; 001 Handreiking"
            + " kwartiermaken, Fase 2: Regel een maatje/mentor, coaching, intervisie en supervisie; 002 Hoe word ik"
            + " ervaringsdeskundige?, Begeleiding bij weer werken";
    static final String PERSPECTIVE = "001 Handreiking kwartiermaken, Fase 2: ontwikkelperspectief; 002 Hoe word ik"
            + " ervaringsdeskundige?, Vrijwilligerswerk";
    static final String PROJECT_LEAD = "001 Handreiking kwartiermaken, Fase 1: Do's & don'ts";

    private RoleDescriptionWarnings() {
    }

    public static List<RoleDescriptionWarning> of(RoleDescriptionContent content) {
        List<RoleDescriptionWarning> warnings = new ArrayList<>();
        Placement placement = content.placement();
        Terms terms = content.terms();
        SupportAndDevelopment support = content.support();
        if (!content.title().isEmpty()
                && !content.title().toLowerCase(Locale.ROOT).contains("ervaringsdeskundige")) {
            warnings.add(new RoleDescriptionWarning(RoleDescriptionWarning.Rule.TITLE_WITHOUT_EXPERT, DescriptionSection.TITLE,
                    ROLE_DESCRIPTION));
        }
        if (placement.expertsInTeam() != null && placement.expertsInTeam() == 1) {
            warnings.add(new RoleDescriptionWarning(RoleDescriptionWarning.Rule.SINGLE_EXPERT, DescriptionSection.POSITIONING,
                    POSITIONING));
        }
        if (placement.expertLeadsIntroduction()) {
            warnings.add(new RoleDescriptionWarning(RoleDescriptionWarning.Rule.EXPERT_LEADS_OWN_INTRODUCTION,
                    DescriptionSection.POSITIONING, PROJECT_LEAD));
        }
        if (placement.lineManager().isEmpty()) {
            warnings.add(new RoleDescriptionWarning(RoleDescriptionWarning.Rule.NO_LINE_MANAGER,
                    DescriptionSection.LINE_MANAGER, ROLE_DESCRIPTION));
        }
        if (terms.employmentType() == EmploymentType.PAID && terms.hoursPerWeek() != null
                && terms.hoursPerWeek() < SMALL_CONTRACT_HOURS) {
            warnings.add(new RoleDescriptionWarning(RoleDescriptionWarning.Rule.SMALL_CONTRACT, DescriptionSection.EMPLOYMENT,
                    REWARD));
        }
        if (!support.mentor() && !support.intervision()) {
            warnings.add(new RoleDescriptionWarning(RoleDescriptionWarning.Rule.NO_MENTOR_OR_INTERVISION,
                    DescriptionSection.SUPPORT, SUPPORT));
        }
        if (terms.employmentType() == EmploymentType.VOLUNTEER && !support.pathToPaid()) {
            warnings.add(new RoleDescriptionWarning(RoleDescriptionWarning.Rule.VOLUNTEER_WITHOUT_PATH,
                    DescriptionSection.DEVELOPMENT, PERSPECTIVE));
        }
        return warnings;
    }
}
