package nl.kwartiermaker.roledescription;

/** Step 4 of the builder: where the expert stands in the organisation, with whom, and who leads them. */
public record Placement(Positioning positioning, Integer expertsInTeam, boolean tandem,
                        boolean expertLeadsIntroduction, String notes, String lineManager) {

    public static final String POSITIONING = "positioning";
    public static final String EXPERTS_IN_TEAM = "expertsInTeam";
    public static final String TANDEM = "tandem";
    public static final String EXPERT_LEADS_INTRODUCTION = "expertLeadsIntroduction";
    public static final String NOTES = "notes";
    public static final String LINE_MANAGER = "lineManager";

    public Placement {
        notes = RoleDescriptionContent.clean(notes);
        lineManager = RoleDescriptionContent.clean(lineManager);
    }
}
