package nl.kwartiermaker.user;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

    Optional<PasswordLink> findByTokenHash(String tokenHash);

    /** The person's latest link, for the limit on how often "wachtwoord vergeten" mails them. */
    Optional<PasswordLink> findFirstByUserIdOrderByCreatedAtDesc(long userId);

    /**
     * Removes the link; the count says whether this caller removed it. Two requests with the same link at the same
     * moment: only the one that removed it sets the password.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PasswordLink l where l.tokenHash = :tokenHash")
    int deleteByTokenHash(String tokenHash);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PasswordLink l where l.userId = :userId")
    int deleteAllOf(long userId);

    @Modifying
    @Query("delete from PasswordLink l where l.expiresAt < :now")
    int deleteExpired(Instant now);
}
