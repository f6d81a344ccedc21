package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrajectRepository extends JpaRepository<Traject, Long> {

    /**
     * One traject with its members, which every access check needs, in one statement. Loaded by id, so a second call
     * in the same transaction is answered from the persistence context without a statement.
     */
    @Override
    @EntityGraph(attributePaths = "members")
    Optional<Traject> findById(Long id);

    /**
     * One traject with its plan (domains and expert roles), for its page. The two collections are joined in one
     * statement: at most five by five rows, whatever the traject. The members come with the access check.
     */
    @EntityGraph(attributePaths = {"domains", "expertRoles"})
    @Query("select t from Traject t where t.id = :id")
    Optional<Traject> findWithPlanById(long id);

    /**
     * The trajecten a list shows, filtered and paged in the database: only the rows of the page are read, however many
     * trajecten there are. {@code everything} is for Beheerders; others see the trajecten they lead or work on and
     * those open to all staff. Overdue: a step not done whose due date has passed.
     */
    @Query("""
            select t from Traject t
            where t.archived = :archived
              and (:stage is null or t.stage = :stage)
              and (:projectLeadId is null or t.projectLeadId = :projectLeadId)
              and (:everything = true or t.visibleToAllStaff = true or t.projectLeadId = :userId
                   or exists (select 1 from t.members m where m.userId = :userId))
              and (:overdueOnly = false or exists (select 1 from ChecklistItem i where i.trajectId = t.id
                   and i.dueDate < :today and i.status in (nl.kwartiermaker.traject.ItemStatus.OPEN,
                       nl.kwartiermaker.traject.ItemStatus.BEZIG)))
            order by t.name, t.id
            """)
    List<Traject> findShown(boolean archived, Stage stage, Long projectLeadId, long userId, boolean everything,
                            boolean overdueOnly, LocalDate today, Pageable page);

    @Query("""
            select distinct t from Traject t left join t.members m
            where t.archived = false and (t.projectLeadId = :userId or m.userId = :userId)
            order by t.name
            """)
    List<Traject> findInvolving(long userId);

    /**
     * The active trajecten someone is part of (as lead or member), then those open to all staff, by name: for the
     * staff card on the Overzicht, one statement.
     */
    @Query("""
            select t from Traject t
            where t.archived = false and (t.visibleToAllStaff = true or t.projectLeadId = :userId
                   or exists (select 1 from t.members m where m.userId = :userId))
            order by case when t.projectLeadId = :userId
                          or exists (select 1 from t.members m2 where m2.userId = :userId) then 0 else 1 end,
                     t.name, t.id
            """)
    List<Traject> findForStaff(long userId, Pageable page);

    @Query("select t.id as id, t.name as name from Traject t where t.archived = false and t.projectLeadId = :userId")
    List<IdAndName> findNamesLedBy(long userId);

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
