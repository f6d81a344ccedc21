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

    /** Just what a traject's link needs, in one statement without the descriptions' collections. */
    interface LinkRow {
        Long getId();

        Long getLineageId();

        int getVersionNumber();

        RoleDescriptionStatus getStatus();

        Long getReviewerId();

        String getTitle();

        String getTheme();
    }

    @Query("select d.id as id, d.lineageId as lineageId, d.versionNumber as versionNumber, d.status as status,"
            + " d.reviewerId as reviewerId, d.title as title, d.theme as theme from RoleDescription d"
            + " where d.trajectId in ?1 order by d.versionNumber")
    List<LinkRow> findLinksTo(Collection<Long> trajectIds);
}
