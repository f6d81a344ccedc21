package nl.kwartiermaker.traject;

import java.time.LocalDate;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and steer a traject, and the dates its steps and activities may have, shared by the traject, checklist
 * and activity services. Beheerders and the people a traject involves see it, other staff only when it is open to all
 * staff; a traject someone may not see is reported as not found. Its project lead and Beheerders steer it. Runs in
 * the calling service's transaction.
 */
@Component
class TrajectAccess {

    /** A step or decision may be dated up to this many years before the traject started or was registered. */
    static final int YEARS_BEFORE_START = 1;

    private final TrajectRepository trajecten;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    TrajectAccess(TrajectRepository trajecten, SignedInUser signedInUser, PortalTime time) {
        this.trajecten = trajecten;
        this.signedInUser = signedInUser;
        this.time = time;
    }

    Traject visible(long id, SignedInUser.Account me) {
        return trajecten.findById(id).filter(t -> mayView(t, me))
                .orElseThrow(() -> new InvalidInput("traject.error.notfound"));
    }

    Traject managed(long id, long expectedVersion) {
        SignedInUser.Account me = me();
        Traject traject = visible(id, me);
        if (!mayManage(traject, me)) {
            throw new AccessDeniedException("Only the project lead or a Beheerder changes a traject");
        }
        traject.requireVersion(expectedVersion);
        return traject;
    }

    static boolean mayView(Traject traject, SignedInUser.Account me) {
        return me.roles().contains(Role.BEHEERDER) || traject.involves(me.id()) || traject.isVisibleToAllStaff();
    }

    static boolean mayManage(Traject traject, SignedInUser.Account me) {
        return me.roles().contains(Role.BEHEERDER) || traject.getProjectLeadId() == me.id();
    }

    SignedInUser.Account me() {
        return signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    LocalDate today() {
        return time.today();
    }

    /** Dates of a traject's steps and decisions: from the year before it started (or was registered, if earlier). */
    static DateWindow datesOf(Traject traject, LocalDate today) {
        LocalDate registered = registeredOn(traject, today);
        LocalDate from = traject.getStartDate().isBefore(registered) ? traject.getStartDate() : registered;
        return DateWindow.fromYear(from.getYear() - YEARS_BEFORE_START, today);
    }

    static LocalDate registeredOn(Traject traject, LocalDate today) {
        return traject == null || traject.getCreatedAt() == null ? today
                : LocalDate.ofInstant(traject.getCreatedAt(), PortalTime.ZONE);
    }
}
