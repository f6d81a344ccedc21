package nl.kwartiermaker.traject;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrajectRepository extends JpaRepository<Traject, Long> {

    @Query("select t from Traject t where t.archived = :archived order by t.name")
    List<Traject> findByArchived(boolean archived);

    @Query("""
            select distinct t from Traject t left join t.members m
            where t.archived = false and (t.projectLeadId = :userId or m.userId = :userId)
            order by t.name
            """)
    List<Traject> findInvolving(long userId);

    interface IdAndName {
        Long getId();

        String getName();
    }

    @Query("""
            select distinct t.id as id, t.name as name from Traject t left join t.members m
            where t.archived = false and (t.projectLeadId = :userId or m.userId = :userId)
            """)
    List<IdAndName> findNamesInvolving(long userId);

    @Query("""
            select distinct t.id as id, t.name as name from Traject t left join t.members m
            where t.archived = false and (:everything = true or t.visibleToAllStaff = true
                or t.projectLeadId = :userId or m.userId = :userId)
            order by t.name
            """)
    List<IdAndName> findNamesVisibleTo(long userId, boolean everything);
}
