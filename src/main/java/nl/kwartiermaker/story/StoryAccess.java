package nl.kwartiermaker.story;

import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with stories, shared by every Verhalen service. All staff read the library and may write a
 * story; an author changes their own story while it is a draft; the editors (coordinator and Beheerder) review, publish
 * and withdraw, but never review a story they wrote themselves; a featured expert decides on their own consent; a
 * coordinator may withdraw consent on someone's behalf. A draft someone may not see is "not found".
 */
@Component
class StoryAccess {

    /**
     * All staff and experts: reading and writing stories. Not a partner municipality's contact — the people in a
     * story consented to the intranet, which is the organisation's own.
     */
    static final String MAY_USE = Access.STAFF;
    static final String EDITOR = "hasAnyRole('" + Role.Names.COORDINATOR + "', '" + Role.Names.BEHEERDER + "')";

    private final SignedInUser signedInUser;

    StoryAccess(SignedInUser signedInUser) {
        this.signedInUser = signedInUser;
    }

    SignedInUser.Account me() {
        return signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    boolean isEditor() {
        return me().roles().contains(Role.COORDINATOR) || me().roles().contains(Role.BEHEERDER);
    }

    boolean isAuthor(Story story) {
        return story.getAuthorId() == me().id();
    }

    /** An editor reviews other people's stories only: the editorial step is a second pair of eyes. */
    void requireReviewerOf(Story story) {
        if (!isEditor()) {
            throw new AccessDeniedException("Only an editor reviews stories");
        }
        if (isAuthor(story)) {
            throw new InvalidInput("story.error.own_review");
        }
    }
}
