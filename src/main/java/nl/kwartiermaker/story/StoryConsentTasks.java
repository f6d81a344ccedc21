package nl.kwartiermaker.story;

import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Verhalen asks of a featured expert ("Mijn taken"): read a story they are in and answer, each time its text
 * changed after their consent. Urgent, because the author waits for it. One statement; asked for every signed-in
 * person.
 */
@Service
@Transactional(readOnly = true)
class StoryConsentTasks implements PersonalTasks {

    private final FeaturedPersonRepository featured;
    private final SignedInUser signedInUser;

    StoryConsentTasks(FeaturedPersonRepository featured, SignedInUser signedInUser) {
        this.featured = featured;
        this.signedInUser = signedInUser;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        return signedInUser.current().map(me -> featured.findConsentAskedOf(me.id()).stream()
                .map(s -> new PersonalTask("story.task.consent", List.of(s.getTitle()),
                        "verhalen/" + s.getId() + "/toestemming", null, true)).toList()).orElse(List.of());
    }
}
