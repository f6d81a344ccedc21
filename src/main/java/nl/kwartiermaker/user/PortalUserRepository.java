package nl.kwartiermaker.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

    /** Fetches the roles in the same statement: every signed-in request looks the person up, often more than once. */
    @EntityGraph(attributePaths = "roles")
    Optional<PortalUser> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByActiveTrue();

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

    @Modifying
    @Query("update PortalUser u set u.lastLoginAt = :at where u.email = :email")
    void recordLogin(String email, Instant at);

    @Query("select count(u) from PortalUser u join u.roles r where r = :role and u.active = true")
    long countActiveWithRole(Role role);
}
