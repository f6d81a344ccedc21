package nl.kwartiermaker.mentoring;

import java.util.Set;

/**
 * An intervision group as the coordinator fills it in: members are experts in the register, the facilitator anyone in
 * it (or nobody yet), the schedule in words ("maandelijks, afwisselend met het werkoverleg").
 */
public record IntervisionGroupForm(String name, Long facilitatorId, String method, String schedule,
                                   Set<Long> memberIds) {

    public IntervisionGroupForm {
        name = name == null ? "" : name;
        method = method == null ? "" : method;
        schedule = schedule == null ? "" : schedule;
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }
}
