package nl.kwartiermaker.roledescription;

import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What role descriptions ask of a person (issue 11, "Mijn taken"): a version waiting for their review, a version of
 * theirs the reviewer sent back, and one of theirs approved and waiting to be adopted. Each links to the review part of
 * the version's page. One statement.
 */
@Service
@Transactional(readOnly = true)
public class RoleDescriptionTasks implements PersonalTasks {

    /** The id of the review part of a version's page, where every task about a review leads. */
    public static final String REVIEW_ANCHOR = "beoordeling";

    private final RoleDescriptionRepository descriptions;
    private final SignedInUser signedInUser;

    RoleDescriptionTasks(RoleDescriptionRepository descriptions, SignedInUser signedInUser) {
        this.descriptions = descriptions;
        this.signedInUser = signedInUser;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        SignedInUser.Account me = signedInUser.current().orElse(null);
        if (me == null) {
            return List.of();
        }
        return descriptions.findAskingAttentionOf(me.id()).stream().map(d -> {
            String title = RoleDescriptionContent.fullTitle(d.getTitle(), d.getTheme());
            String link = "functieprofielen/" + d.getId() + "#" + REVIEW_ANCHOR;
            if (d.getStatus() == RoleDescriptionStatus.DRAFT) {
                return new PersonalTask("tasks.roledesc.sentback", List.of(title), link, null, true);
            }
            if (d.getApprovedById() != null) {
                return new PersonalTask("tasks.roledesc.adopt", List.of(title), link, null, false);
            }
            return new PersonalTask("tasks.roledesc.review", List.of(title), link, null, true);
        }).toList();
    }
}
