package nl.kwartiermaker.roledescription;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.util.List;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which version, shared by the role description services: editors (HR advisers and
 * Beheerders) see every version; the reviewer the one they review; everyone else adopted versions only. A version
 * someone may not see is reported as not found. Also records each change in the description's history.
 */
@Component
class RoleDescriptionAccess {

    private final RoleDescriptionRepository descriptions;
    private final RoleDescriptionChangeRepository changes;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    RoleDescriptionAccess(RoleDescriptionRepository descriptions, RoleDescriptionChangeRepository changes,
                          SignedInUser signedInUser, PortalTime time) {
        this.descriptions = descriptions;
        this.changes = changes;
        this.signedInUser = signedInUser;
        this.time = time;
    }

    void record(RoleDescription description, ChangeAction action, List<DescriptionSection> sections) {
        record(description, action, sections, null);
    }

    void record(RoleDescription description, ChangeAction action, List<DescriptionSection> sections,
                String note) {
        SignedInUser.Account me = me();
        changes.save(new RoleDescriptionChange(description.getId(), action, sections, me.email(), me.id(), time.now(),
                note == null || note.isEmpty() ? null : note));
    }

    RoleDescription visible(long id, SignedInUser.Account me) {
        return descriptions.findById(id).filter(d -> mayView(d, me))
                .orElseThrow(() -> new InvalidInput("roledesc.error.notfound"));
    }

    RoleDescription editable(long id, long expectedVersion) {
        RoleDescription description = visible(id, me());
        description.requireVersion(expectedVersion);
        require(description.getStatus().isEditable(), "roledesc.error.adopted");
        return description;
    }

    List<RoleDescriptionVersion> versions(long lineageId, SignedInUser.Account me) {
        return descriptions.findVersions(lineageId, mayEdit(me), me.id()).stream()
                .map(v -> new RoleDescriptionVersion(v.getId(), v.getVersionNumber(), v.getStatus())).toList();
    }

    static NewestVersions.Viewer viewer(SignedInUser.Account me) {
        return new NewestVersions.Viewer(mayEdit(me), me.id());
    }

    /** Editors see every version; the reviewer the one they review; everyone else adopted versions only. */
    static boolean mayView(RoleDescription d, SignedInUser.Account me) {
        return mayView(d.getStatus(), d.getReviewerId(), me);
    }

    static boolean mayView(RoleDescriptionStatus status, Long reviewerId, SignedInUser.Account me) {
        return mayEdit(me) || status == RoleDescriptionStatus.ADOPTED || (reviewerId != null && reviewerId == me.id());
    }

    static boolean mayEdit(SignedInUser.Account me) {
        return me.roles().contains(Role.HR_ADVISEUR) || me.roles().contains(Role.BEHEERDER);
    }

    static boolean isBeheerder(SignedInUser.Account me) {
        return me.roles().contains(Role.BEHEERDER);
    }

    /** Editors answer remarks while the text is open; the reviewer while it is in review. */
    static boolean mayAnswer(RoleDescription d, SignedInUser.Account me) {
        return (mayEdit(me) && d.getStatus().isEditable()) || mayComment(d, me);
    }

    static boolean mayComment(RoleDescription d, SignedInUser.Account me) {
        return d.getStatus() == RoleDescriptionStatus.IN_REVIEW && d.getReviewerId() != null
                && d.getReviewerId() == me.id();
    }

    SignedInUser.Account me() {
        return signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
