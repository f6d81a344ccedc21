package nl.kwartiermaker.pool;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which part of the pool, shared by every pool service. The pool coordinator runs the whole pool; a partner
 * contact sees their own municipality only (its requests, deployments, planning share and reports). Anything of
 * another municipality is "not found" to a contact, the same answer as for something that does not exist, so that
 * nothing about other partners can be learnt by trying ids. Runs in the calling service's transaction.
 */
@Component
public class PoolAccess {

    /** The roles that use the pool at all; {@link #partnerIds()} narrows a contact down to their municipality. */
    public static final String MAY_USE = "hasAnyRole('" + Role.Names.POOL_COORDINATOR + "', '"
            + Role.Names.PARTNER_CONTACT + "')";
    public static final String COORDINATOR = "hasRole('" + Role.Names.POOL_COORDINATOR + "')";

    private final PartnerContactRepository contacts;
    private final PoolPartnerRepository partners;
    private final SignedInUser signedInUser;

    PoolAccess(PartnerContactRepository contacts, PoolPartnerRepository partners, SignedInUser signedInUser) {
        this.contacts = contacts;
        this.partners = partners;
        this.signedInUser = signedInUser;
    }

    SignedInUser.Account me() {
        return signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    boolean isCoordinator() {
        return me().roles().contains(Role.POOL_COORDINATOR);
    }

    /** The partner the signed-in contact speaks for; empty for the coordinator and for a contact not yet linked. */
    Optional<Long> myPartnerId() {
        return contacts.findByUserId(me().id()).map(PartnerContact::getPartnerId);
    }

    /** The partners whose part the signed-in person may see: all for the coordinator, their own for a contact. */
    Set<Long> partnerIds() {
        if (isCoordinator()) {
            return partners.findAll().stream().map(PoolPartner::getId).collect(Collectors.toSet());
        }
        return myPartnerId().map(Set::of).orElse(Set.of());
    }

    /** Whether the signed-in person may see this partner's part. */
    boolean maySee(long partnerId) {
        return isCoordinator() || myPartnerId().filter(id -> id == partnerId).isPresent();
    }

    /** Refuses, as "not found", anything of a partner the signed-in person may not see. */
    void requireVisible(long partnerId) {
        if (!maySee(partnerId)) {
            throw new InvalidInput("pool.error.notfound");
        }
    }

    /** The partners visible to the signed-in person, by name. */
    List<PoolPartner> visiblePartners() {
        if (isCoordinator()) {
            return partners.findAllByOrderByNameAsc();
        }
        return myPartnerId().flatMap(partners::findById).map(List::of).orElse(List.of());
    }
}
