package nl.kwartiermaker.mentoring;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RegisteredPersonRepository extends JpaRepository<RegisteredPerson, Long> {

    Optional<RegisteredPerson> findFirstByUserIdAndLeftOnIsNull(long userId);

    /** Whether another active entry is linked to this account: an account belongs to one person in the register. */
    @Query("select count(p) > 0 from RegisteredPerson p where p.userId = :userId and p.leftOn is null"
            + " and (:exceptId is null or p.id <> :exceptId)")
    boolean accountTaken(long userId, Long exceptId);

    /**
     * Locks a supporter's row while an acceptance counts their mentees, so two acceptances at the same moment are
     * counted one after the other and never overfill the capacity.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from RegisteredPerson p where p.id = :id")
    Optional<RegisteredPerson> lockById(long id);

    /**
     * The entries of one person of a data-subject request: linked to their account, with one of their addresses, or
     * (without account or address) with one of their names. {@code emails} and {@code names} must not be empty.
     */
    @Query("select p from RegisteredPerson p where p.userId = :userId or lower(p.email) in :emails"
            + " or (p.userId is null and p.email is null and p.name in :names) order by p.id")
    java.util.List<RegisteredPerson> entriesOf(long userId, java.util.Collection<String> emails,
                                               java.util.Collection<String> names);
}
