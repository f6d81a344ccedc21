package nl.kwartiermaker.story;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.user.UserService;
import org.springframework.stereotype.Component;

/** A story's featured people with their consent state and the names of who took a form or withdrew: two statements. */
@Component
class FeaturedLines {

    private final FeaturedPersonRepository featured;
    private final UserService users;
    private final PortalTime time;

    FeaturedLines(FeaturedPersonRepository featured, UserService users, PortalTime time) {
        this.featured = featured;
        this.users = users;
        this.time = time;
    }

    List<FeaturedLine> of(Story story) {
        List<FeaturedPerson> people = featured.findByStoryIdOrderByIdAsc(story.getId());
        Set<Long> ids = new HashSet<>();
        for (FeaturedPerson p : people) {
            if (p.getConsentTakenById() != null) {
                ids.add(p.getConsentTakenById());
            }
            if (p.getWithdrawnById() != null) {
                ids.add(p.getWithdrawnById());
            }
        }
        Map<Long, String> names = users.namesOf(ids);
        LocalDate today = time.today();
        return people.stream().map(p -> new FeaturedLine(p, ConsentState.of(p, story.getContentFingerprint(), today),
                p.getConsentTakenById() == null ? "" : names.getOrDefault(p.getConsentTakenById(), ""),
                p.getWithdrawnById() == null ? "" : names.getOrDefault(p.getWithdrawnById(), ""))).toList();
    }
}
