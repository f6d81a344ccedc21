package nl.kwartiermaker.roledescription;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleDescriptionRepository extends JpaRepository<RoleDescription, Long> {

    @Query("select d from RoleDescription d order by d.title, d.theme, d.versionNumber")
    List<RoleDescription> findAllOrdered();

    @Query("select d from RoleDescription d where d.status = nl.kwartiermaker.roledescription.RoleDescriptionStatus.ADOPTED"
            + " or d.reviewerId = ?1 order by d.title, d.theme, d.versionNumber")
    List<RoleDescription> findAdoptedOrReviewedBy(long reviewerId);

    @Query("select d from RoleDescription d where coalesce(d.lineageId, d.id) = ?1 order by d.versionNumber")
    List<RoleDescription> findLineage(long lineageId);

    List<RoleDescription> findByTrajectIdIn(Collection<Long> trajectIds);
}
