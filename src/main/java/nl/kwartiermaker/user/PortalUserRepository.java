package nl.kwartiermaker.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

    /**
     * Fetches the roles in the same statement: every signed-in request looks the person up. A fetch join rather than
     * an entity graph, because Hibernate caches the translated query only without a graph (the translation was a
     * visible share of each request's CPU in the benchmark).
     */
    @Query("select u from PortalUser u left join fetch u.roles where u.email = :email")
    Optional<PortalUser> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("""
            select u from PortalUser u left join fetch u.roles
            where u.oidcIssuer = :issuer and u.oidcSubject = :subject""")
    Optional<PortalUser> findByProvider(String issuer, String subject);

    @Query("select distinct u from PortalUser u left join fetch u.roles where u.id in :ids")
    List<PortalUser> findWithRolesByIdIn(java.util.Collection<Long> ids);

    @Query("select u.id as id, u.displayName as displayName from PortalUser u where u.active = true order by u.displayName")
    List<Name> findActiveNames();

    @Query("""
            select u.id as id, u.displayName as displayName from PortalUser u join u.roles r
            where r = :role and u.active = true order by u.displayName""")
    List<Name> findActiveNamesWithRole(Role role);

    interface Name {
        Long getId();

        String getDisplayName();
    }

    @Query("select u.id as id, u.displayName as displayName from PortalUser u where u.id in :ids")
    List<Name> findNames(java.util.Collection<Long> ids);

    /**
     * One page as a plain list: the grid shows no total, so no count over all accounts runs per page, and exactly a
     * page of rows is read, so their roles come in one batch (a slice's extra row would need a second).
     */
    @Query("""
            select u from PortalUser u
            where (:search = '' or lower(u.displayName) like concat('%', :search, '%')
                   or u.email like concat('%', :search, '%'))
            """)
    List<PortalUser> search(String search, Pageable pageable);

    @Query("""
            select count(u) from PortalUser u
            where (:search = '' or lower(u.displayName) like concat('%', :search, '%')
                   or u.email like concat('%', :search, '%'))
            """)
    long countSearch(String search);

    @Query("select count(u) from PortalUser u join u.roles r where r = :role and u.active = true")
    long countActiveWithRole(Role role);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from PortalUser u join u.roles r where r = :role and u.active = true")
    java.util.List<PortalUser> lockActiveWithRole(Role role);

    @Modifying
    @Query("update PortalUser u set u.lastLoginAt = :at where u.email = :email")
    int recordLogin(String email, java.time.Instant at);

    @Modifying(clearAutomatically = true)
    @Query("update PortalUser u set u.locale = :locale where u.id = :id")
    int updateLocale(Long id, String locale);

    /** A new password, without touching the version: a Beheerder's open edit of this account stays valid. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PortalUser u set u.passwordHash = :hash where u.id = :id")
    int updatePasswordHash(Long id, String hash);

    /** Ends the person's sessions on every instance: each compares its sessions' number with this one. */
    @Modifying(flushAutomatically = true)
    @Query("update PortalUser u set u.sessionGeneration = u.sessionGeneration + 1 where u.id = :id")
    int endSessions(Long id);

    /** The session number of an active account; nothing for an account that is gone or deactivated. */
    @Query("select u.sessionGeneration from PortalUser u where u.id = :id and u.active = true")
    Optional<Long> activeSessionGeneration(Long id);

    @Query("select u.id as id, u.sessionGeneration as generation from PortalUser u where u.email = :email")
    Optional<SessionNumber> sessionNumberOf(String email);

    interface SessionNumber {
        long getId();

        long getGeneration();
    }
}
