package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.Optional;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.traject.TrajectParticipants;
import nl.kwartiermaker.traject.TrajectService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a traject's scan rounds, shared by the round and results services: the traject's project lead
 * and a Beheerder run rounds and follow the response; the traject's members read results of closed rounds; others
 * get a refusal, and a traject they may not see is "not found".
 */
@Component
class ScanAccess {

    private final ScanRoundRepository rounds;
    private final TrajectService trajecten;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    ScanAccess(ScanRoundRepository rounds, TrajectService trajecten, SignedInUser signedInUser, PortalTime time) {
        this.rounds = rounds;
        this.trajecten = trajecten;
        this.signedInUser = signedInUser;
        this.time = time;
    }

    TrajectParticipants visibleTraject(long trajectId) {
        return visibleTrajectIfAny(trajectId).orElseThrow(() -> new InvalidInput("scan.error.notfound"));
    }

    Optional<TrajectParticipants> visibleTrajectIfAny(long trajectId) {
        return trajecten.participants(trajectId);
    }

    ScanRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new InvalidInput("scan.error.notfound"));
    }

    static void requireManager(TrajectParticipants traject) {
        if (!traject.mayManage()) {
            throw new AccessDeniedException("Only the project lead or a Beheerder runs scan rounds");
        }
    }

    ScanRound managedRound(long roundId) {
        ScanRound round = round(roundId);
        requireManager(visibleTraject(round.getTrajectId()));
        return round;
    }

    /** Project lead and Beheerder always; the traject's members once the round is closed; nobody else. */
    ScanRound readableRound(long roundId) {
        ScanRound round = round(roundId);
        requireReadable(round, visibleTraject(round.getTrajectId()));
        return round;
    }

    void requireReadable(ScanRound round, TrajectParticipants traject) {
        if (traject.mayManage()) {
            return;
        }
        if (!involves(traject)) {
            throw new AccessDeniedException("Only the traject's members see scan results");
        }
        if (round.state(today()) != RoundState.CLOSED) {
            throw new InvalidInput("scan.error.results.notyet");
        }
    }

    /** Whether the signed-in person is the traject's project lead (not merely someone who may manage it). */
    boolean leads(TrajectParticipants traject) {
        return signedInUser.current().map(me -> me.id() == traject.projectLeadId()).orElse(false);
    }

    boolean involves(TrajectParticipants traject) {
        long me = signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
        return traject.projectLeadId() == me || traject.memberIds().contains(me);
    }

    LocalDate today() {
        return time.today();
    }
}
