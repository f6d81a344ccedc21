package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a project lead fills in about a traject. Texts are trimmed; empty optional texts are "". Members are people's
 * ids; their role in the working group is their main portal role.
 */
public record TrajectForm(String name, String organisationUnit, StartingPoint startingPoint,
                          String startingPointDescription, Set<Domain> domains, Set<ExpertRole> expertRoles,
                          long projectLeadId, LocalDate startDate, boolean startSmall, String pilotTeams,
                          Integer plannedExperts, String lineManager, String seniorExpertAdviser,
                          boolean visibleToAllStaff, Set<Long> memberIds) {

    public TrajectForm {
        name = trim(name);
        organisationUnit = trim(organisationUnit);
        startingPointDescription = trim(startingPointDescription);
        pilotTeams = trim(pilotTeams);
        lineManager = trim(lineManager);
        seniorExpertAdviser = trim(seniorExpertAdviser);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        expertRoles = expertRoles == null ? Set.of() : Set.copyOf(expertRoles);
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
