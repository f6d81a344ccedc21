package nl.kwartiermaker.traject;

import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the trajecten ask of a person ("Mijn taken"): the open checklist steps they own in active trajecten, each
 * linking to the step itself on the traject's page (its dialog opens). The task list puts overdue ones first. One
 * statement.
 */
@Service
@Transactional(readOnly = true)
public class StepTasks implements PersonalTasks {

    /** The query parameter of a traject's page that opens one step's dialog. */
    public static final String STEP_PARAMETER = "stap";

    private final ChecklistItemRepository items;
    private final SignedInUser signedInUser;

    StepTasks(ChecklistItemRepository items, SignedInUser signedInUser) {
        this.items = items;
        this.signedInUser = signedInUser;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        long me = signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
        return items.findOpenOwnedBy(me).stream()
                .map(step -> new PersonalTask("tasks.traject.step", List.of(step.getTitle(), step.getTrajectName()),
                        linkTo(step.getTrajectId(), step.getItemId()), step.getDueDate(), false))
                .toList();
    }

    /** The exact place of a step: its traject's page with the step's dialog open. */
    public static String linkTo(long trajectId, long itemId) {
        return "trajecten/" + trajectId + "?" + STEP_PARAMETER + "=" + itemId;
    }
}
