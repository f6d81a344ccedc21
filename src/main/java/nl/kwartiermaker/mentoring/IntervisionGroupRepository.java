package nl.kwartiermaker.mentoring;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntervisionGroupRepository extends JpaRepository<IntervisionGroup, Long> {

    /** A group's size without loading its members. */
    interface Size {
        Long getId();

        String getName();

        Integer getMembers();
    }

    List<IntervisionGroup> findByEndedOnIsNullOrderByNameAscIdAsc();

    /** The running groups someone leads or is a member of. */
    @Query("""
            select distinct g from IntervisionGroup g left join g.memberIds m
            where g.endedOn is null and (g.facilitatorId = :personId or m = :personId)
            order by g.name, g.id
            """)
    List<IntervisionGroup> findRunningWith(long personId);

    /** The running groups someone is a member of. */
    @Query("""
            select g from IntervisionGroup g join g.memberIds m
            where g.endedOn is null and m = :personId order by g.name, g.id
            """)
    List<IntervisionGroup> findRunningWithMember(long personId);

    @Query("select g.id as id, g.name as name, size(g.memberIds) as members from IntervisionGroup g "
            + "where g.id in :ids")
    List<Size> findSizes(Collection<Long> ids);

    @Query("select g.id as id, g.name as name, size(g.memberIds) as members from IntervisionGroup g "
            + "where g.endedOn is null order by g.name, g.id")
    List<Size> findRunningSizes();
}
