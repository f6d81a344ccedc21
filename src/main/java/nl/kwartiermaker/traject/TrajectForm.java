package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.Set;

/** What a project lead fills in about a traject. Texts are trimmed; empty optional texts are "". */
public record TrajectForm(String name, String organisationUnit, StartingPoint startingPoint,
                          String startingPointDescription, Set<Domain> domains, Set<ExpertRole> expertRoles,
                          long projectLeadId, LocalDate startDate, boolean startSmall, String pilotTeams,
                          Integer plannedExperts, String lineManager, String seniorExpertAdviser,
                          boolean visibleToAllStaff, Set<Membership> members) {

    public TrajectForm {
        name = trim(name);
        organisationUnit = trim(organisationUnit);
        startingPointDescription = trim(startingPointDescription);
        pilotTeams = trim(pilotTeams);
        lineManager = trim(lineManager);
        seniorExpertAdviser = trim(seniorExpertAdviser);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        expertRoles = expertRoles == null ? Set.of() : Set.copyOf(expertRoles);
        members = members == null ? Set.of() : Set.copyOf(members);
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
