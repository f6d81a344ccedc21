package nl.kwartiermaker.pool;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubAssignmentRepository extends JpaRepository<SubAssignment, Long> {

    List<SubAssignment> findByPartnerIdOrderByStartsOnDescIdDesc(long partnerId);

    /**
     * The sub-assignments someone may see that match a filter: all for the coordinator ({@code everything}), else the
     * regional ones and those of {@code own} (none when null); then one municipality's, the regional ones only, or a
     * status. Each row is the sub-assignment and its municipality's name (null for a regional one).
     */
    @Query("""
            select s, p.name from SubAssignment s left join PoolPartner p on p.id = s.partnerId
            where (:everything = true or s.partnerId is null or s.partnerId = :own)
              and (:partnerId is null or s.partnerId = :partnerId)
              and (:regionalOnly = false or s.partnerId is null)
              and (:status is null or s.status = :status)
            order by s.startsOn desc, s.id desc""")
    List<Object[]> findShown(boolean everything, Long own, Long partnerId, boolean regionalOnly,
                                  SubAssignmentStatus status, Pageable page);
}
