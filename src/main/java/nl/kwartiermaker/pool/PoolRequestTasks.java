package nl.kwartiermaker.pool;

import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pool asks of its coordinator ("Mijn taken"): the open requests waiting for an expert, as one line with
 * their number, leading to the requests. One statement for the pool coordinator; none for anyone else, who is told
 * apart by the sign-in's roles (as the services' access rules are), not by reading the account.
 */
@Service
@Transactional(readOnly = true)
class PoolRequestTasks implements PersonalTasks {

    /** The pool's people include partner contacts, who are not staff (decision 0011). */
    @Override
    public boolean staffOnly() {
        return false;
    }

    private final DeploymentRequestRepository requests;

    PoolRequestTasks(DeploymentRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        boolean coordinator = signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(a -> Role.POOL_COORDINATOR.authority().equals(a.getAuthority()));
        if (!coordinator) {
            return List.of();
        }
        long open = requests.countByStatus(RequestStatus.OPEN);
        // urgent: a municipality is waiting for an answer
        return open == 0 ? List.of()
                : List.of(new PersonalTask("pool.requests.task.open", List.of(open), "pool/verzoeken", null, true));
    }
}
