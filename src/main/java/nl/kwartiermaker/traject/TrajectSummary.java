package nl.kwartiermaker.traject;

/** A traject in a list: where it stands, how far it is and what is late. */
public record TrajectSummary(long id, String name, String organisationUnit, Stage stage, String projectLead,
                             long projectLeadId, PhaseProgress overall, PhaseProgress currentStage, boolean archived) {
}
