package nl.kwartiermaker.story;

import java.util.ArrayList;
import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editorial workflow asks of a person ("Mijn taken"): an editor reviews every story waiting for review that
 * they did not write themselves (each editor sees them all: whoever is first takes it); an author reworks a story an
 * editor sent back, until they offer it again. One statement for someone who is not an editor, two for an editor.
 */
@Service
@Transactional(readOnly = true)
class StoryReviewTasks implements PersonalTasks {

    private final StoryReviewQueries queries;
    private final SignedInUser signedInUser;

    StoryReviewTasks(StoryReviewQueries queries, SignedInUser signedInUser) {
        this.queries = queries;
        this.signedInUser = signedInUser;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        SignedInUser.Account me = signedInUser.current().orElse(null);
        if (me == null) {
            return List.of();
        }
        List<PersonalTask> tasks = new ArrayList<>();
        queries.findSentBackTo(me.id()).forEach(s -> tasks.add(new PersonalTask("story.task.sent_back",
                List.of(s.getTitle()), "verhalen/" + s.getId() + "/bewerken", null, true)));
        if (me.roles().contains(Role.COORDINATOR)
                || me.roles().contains(Role.BEHEERDER)) {
            queries.findToReviewBy(me.id()).forEach(s -> tasks.add(new PersonalTask("story.task.review",
                    List.of(s.getTitle()), "verhalen/redactie/" + s.getId(), null, true)));
        }
        return tasks;
    }
}
