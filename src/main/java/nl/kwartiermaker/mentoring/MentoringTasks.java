package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Begeleiding asks of a person ("Mijn taken"): a proposal to be someone's mentor or buddy waiting for their
 * answer (urgent: the expert and the coordinator wait for it), and a mentor's check-in due within a week or overdue,
 * for the mentor and for the expert. Each links to the part of the expert's page where it is done. One statement for
 * whoever uses Begeleiding, none for anyone else.
 */
@Service
@Transactional(readOnly = true)
public class MentoringTasks implements PersonalTasks {

    /** The anchors of the expert page's sections where these tasks are done. */
    public static final String SUPPORT_ANCHOR = "begeleiders";
    public static final String CHECK_IN_ANCHOR = "check-ins";


    private final MentorshipRepository mentorships;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    MentoringTasks(MentorshipRepository mentorships, SignedInUser signedInUser, PortalTime time) {
        this.mentorships = mentorships;
        this.signedInUser = signedInUser;
        this.time = time;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        SignedInUser.Account me = MentoringAccess.participant(signedInUser).orElse(null);
        if (me == null) {
            return List.of();
        }
        LocalDate today = time.today();
        List<PersonalTask> tasks = new ArrayList<>();
        for (MentorshipRepository.Schedule m : mentorships.findInvolving(me.id())) {
            boolean supporter = Long.valueOf(me.id()).equals(m.getSupporterUserId());
            String page = "begeleiding/" + m.getExpertId() + "#";
            if (m.getStatus() == MentorshipStatus.PROPOSED) {
                if (supporter) {
                    tasks.add(new PersonalTask("mentoring.matching.task.answer", List.of(m.getExpertName()),
                            page + SUPPORT_ANCHOR, null, true));
                }
            } else if (CheckInSchedule.keepsRhythm(m.getKind())) {
                LocalDate due = CheckInSchedule.due(m.getRhythm(), m.getStartedOn(), m.getLastHeldOn());
                if (CheckInSchedule.dueSoon(due, today)) {
                    tasks.add(new PersonalTask(supporter ? "mentoring.checkins.task.mentor"
                            : "mentoring.checkins.task.expert", List.of(m.getExpertName()), page + CHECK_IN_ANCHOR,
                            due, false));
                }
            }
        }
        return tasks;
    }
}
