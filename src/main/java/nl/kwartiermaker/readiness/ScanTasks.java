package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.traject.TrajectService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the readiness scan asks of a project lead (issue 11, "Mijn taken"): a round of their traject that closes within
 * a week (time for a reminder), and a closed round whose results they have not opened yet (no date: reading them is
 * never "late"). Two statements.
 */
@Service
@Transactional(readOnly = true)
public class ScanTasks implements PersonalTasks {

    /** How far ahead a closing round becomes a task: time enough to remind the people who have not answered. */
    static final int CLOSING_DAYS = 7;

    private final ScanRoundRepository rounds;
    private final TrajectService trajecten;
    private final ScanAccess access;

    ScanTasks(ScanRoundRepository rounds, TrajectService trajecten, ScanAccess access) {
        this.rounds = rounds;
        this.trajecten = trajecten;
        this.access = access;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        Map<Long, String> led = trajecten.trajectNamesILead();
        if (led.isEmpty()) {
            return List.of();
        }
        LocalDate today = access.today();
        return rounds.findAskingAttention(led.keySet(), today, today.plusDays(CLOSING_DAYS)).stream()
                .map(round -> round.state(today) == RoundState.CLOSED
                        ? new PersonalTask("tasks.scan.results", List.of(round.getName(), led.get(round.getTrajectId())),
                        "scans/" + round.getId() + "/resultaten", null, false)
                        : new PersonalTask("tasks.scan.closing", List.of(round.getName(),
                        led.get(round.getTrajectId())), "trajecten/" + round.getTrajectId() + "/scans",
                        round.getClosesOn(), false))
                .toList();
    }
}
