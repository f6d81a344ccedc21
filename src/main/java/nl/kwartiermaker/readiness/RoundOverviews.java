package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.traject.TrajectParticipants;
import org.springframework.stereotype.Component;

/**
 * The rounds of a traject with their counts, in three statements, for the rounds page and the results page's choice
 * of rounds to compare. The project lead sees every round; members only closed rounds (their results).
 */
@Component
class RoundOverviews {

    private final ScanRoundRepository rounds;
    private final ScanInvitationRepository invitations;
    private final ScanResponseRepository responses;
    private final ScanAccess access;

    RoundOverviews(ScanRoundRepository rounds, ScanInvitationRepository invitations, ScanResponseRepository responses,
                   ScanAccess access) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.responses = responses;
        this.access = access;
    }

    List<RoundOverview> of(TrajectParticipants traject) {
        boolean manager = traject.mayManage();
        boolean involved = manager || access.involves(traject);
        LocalDate today = access.today();
        List<ScanRound> found = rounds.findByTrajectIdOrderByOpensOnDescIdDesc(traject.id()).stream()
                .filter(r -> manager || (involved && r.state(today) == RoundState.CLOSED)).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(ScanRound::getId).toList();
        Map<Long, Map<RespondentGroup, Long>> invited = new HashMap<>();
        Map<Long, Map<RespondentGroup, Long>> answered = new HashMap<>();
        Map<Long, Map<RespondentGroup, Long>> links = new HashMap<>();
        for (ScanInvitationRepository.GroupCount count : invitations.countByGroup(ids)) {
            put(invited, count.getRoundId(), count.getRespondentGroup(), count.getInvited());
            put(answered, count.getRoundId(), count.getRespondentGroup(), count.getAnswered());
            put(links, count.getRoundId(), count.getRespondentGroup(), count.getLinks());
        }
        Map<Long, Map<RespondentGroup, Long>> responded = new HashMap<>();
        for (ScanResponseRepository.ResponseCount count : responses.countByGroup(ids)) {
            put(responded, count.getRoundId(), count.getRespondentGroup(), count.getResponses());
        }
        return found.stream().map(r -> {
            Map<RespondentGroup, Long> answers = responded.getOrDefault(r.getId(), Map.of());
            return new RoundOverview(r.getId(), r.getVersion(), r.getName(), r.state(today), r.getOpensOn(),
                    r.getClosesOn(), r.getGroups(), invited.getOrDefault(r.getId(), Map.of()),
                    answered.getOrDefault(r.getId(), Map.of()), answers, links.getOrDefault(r.getId(), Map.of()),
                    manager && answers.isEmpty() && r.state(today) != RoundState.CLOSED);
        }).toList();
    }

    private static void put(Map<Long, Map<RespondentGroup, Long>> map, long roundId, RespondentGroup group,
                            long count) {
        if (count > 0) {
            map.computeIfAbsent(roundId, k -> new EnumMap<>(RespondentGroup.class)).put(group, count);
        }
    }
}
