package nl.kwartiermaker.roledescription;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleDescriptionRepository extends JpaRepository<RoleDescription, Long> {

    /** A version in a lineage, without its content: what the history lists and what the workflow counts. */
    interface VersionRow {
        Long getId();

        int getVersionNumber();

        RoleDescriptionStatus getStatus();
    }

    /** The versions of a lineage that someone may see: all of them for an editor, else adopted or reviewed ones. */
    @Query("select d.id as id, d.versionNumber as versionNumber, d.status as status from RoleDescription d"
            + " where d.lineageId = ?1 and (?2 = true"
            + " or d.status = nl.kwartiermaker.roledescription.RoleDescriptionStatus.ADOPTED or d.reviewerId = ?3)"
            + " order by d.versionNumber")
    List<VersionRow> findVersions(long lineageId, boolean everything, long viewerId);

    List<RoleDescription> findByLineageIdAndStatus(long lineageId, RoleDescriptionStatus status);

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

    /** A version that asks something of someone, for "Mijn taken". */
    interface TaskRow {
        Long getId();

        String getTitle();

        String getTheme();

        RoleDescriptionStatus getStatus();

        Long getReviewerId();

        Long getApprovedById();
    }

    /**
     * In one statement: the versions this person reviews and has not approved yet, and the versions they sent for
     * review that came back to them or that were approved and wait to be adopted.
     */
    @Query("select d.id as id, d.title as title, d.theme as theme, d.status as status, d.reviewerId as reviewerId,"
            + " d.approvedById as approvedById from RoleDescription d where"
            + " (d.status = nl.kwartiermaker.roledescription.RoleDescriptionStatus.IN_REVIEW and d.reviewerId = ?1"
            + " and d.approvedById is null)"
            + " or (d.authorId = ?1 and ((d.status = nl.kwartiermaker.roledescription.RoleDescriptionStatus.DRAFT"
            + " and d.sentBackAt is not null) or (d.status = nl.kwartiermaker.roledescription.RoleDescriptionStatus"
            + ".IN_REVIEW and d.approvedById is not null)))"
            + " order by d.modifiedAt")
    List<TaskRow> findAskingAttentionOf(long personId);
}
