package nl.kwartiermaker.mentoring;

import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What onboarding plans ask of a person ("Mijn taken"): the open tasks they carry that are late or due within
 * {@link OnboardingService#SOON_DAYS} days. The expert carries the expert's tasks, their active mentor the mentor's,
 * every coordinator the coordinator's; tasks for the team lead and HR stay on the plan, since those are no accounts'
 * roles.
 * Each links to the plan on the expert's page. One statement. Asked for every signed-in person, so it is open to all
 * and finds nothing for people outside Begeleiding.
 */
@Service
@Transactional(readOnly = true)
class OnboardingTasks implements PersonalTasks {

    private final OnboardingTaskRepository tasks;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    OnboardingTasks(OnboardingTaskRepository tasks, SignedInUser signedInUser, PortalTime time) {
        this.tasks = tasks;
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
        return tasks.findDueFor(me.id(), me.roles().contains(Role.COORDINATOR),
                        time.today().plusDays(OnboardingService.SOON_DAYS)).stream()
                .map(t -> new PersonalTask("mentoring.onboarding.my_task", List.of(t.getTitle(), t.getPersonName()),
                        "begeleiding/" + t.getPersonId() + "#" + OnboardingService.ANCHOR, t.getDueOn(), false))
                .toList();
    }
}
