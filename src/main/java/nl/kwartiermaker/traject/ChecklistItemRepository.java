package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByTrajectIdOrderByStageAscSortOrderAscIdAsc(long trajectId);

    /** Item counts per traject, stage and status, computed in the database (no item rows are loaded). */
    @Query("""
            select i.trajectId as trajectId, i.stage as stage, i.status as status, count(i) as items,
                   sum(case when i.dueDate < :today and i.status in (nl.kwartiermaker.traject.ItemStatus.OPEN,
                       nl.kwartiermaker.traject.ItemStatus.BEZIG) then 1 else 0 end) as overdue
            from ChecklistItem i where i.trajectId in :trajectIds
            group by i.trajectId, i.stage, i.status
            """)
    List<StatusCount> countByStatus(Collection<Long> trajectIds, LocalDate today);

    interface StatusCount {
        long getTrajectId();

        Stage getStage();

        ItemStatus getStatus();

        long getItems();

        long getOverdue();
    }

    @Query("""
            select i from ChecklistItem i where i.ownerId = :ownerId and i.dueDate < :today
              and i.status in (nl.kwartiermaker.traject.ItemStatus.OPEN, nl.kwartiermaker.traject.ItemStatus.BEZIG)
            order by i.dueDate
            """)
    List<ChecklistItem> findOverdueFor(long ownerId, LocalDate today);

    /** Steps of a stage that are neither done nor set aside with a reason. */
    @Query("""
            select count(i) from ChecklistItem i where i.trajectId = :trajectId and i.stage = :stage
              and i.status in (nl.kwartiermaker.traject.ItemStatus.OPEN, nl.kwartiermaker.traject.ItemStatus.BEZIG)
            """)
    long countOpen(long trajectId, Stage stage);

    /** A traject's steps of one stage, for demo data that finish a stage. */
    List<ChecklistItem> findByTrajectIdAndStageOrderBySortOrderAsc(long trajectId, Stage stage);

    /**
     * The open steps this person owns in active trajecten, with the traject's name, in one statement: for their task
     * list ("Mijn taken").
     */
    @Query("""
            select i.id as itemId, i.trajectId as trajectId, t.name as trajectName, i.title as title,
                   i.dueDate as dueDate
            from ChecklistItem i, Traject t
            where t.id = i.trajectId and t.archived = false and i.ownerId = :ownerId
              and i.status in (nl.kwartiermaker.traject.ItemStatus.OPEN, nl.kwartiermaker.traject.ItemStatus.BEZIG)
            order by i.dueDate, i.id
            """)
    List<OwnedStep> findOpenOwnedBy(long ownerId);

    interface OwnedStep {
        long getItemId();

        long getTrajectId();

        String getTrajectName();

        String getTitle();

        LocalDate getDueDate();
    }

    @Query("select coalesce(max(i.sortOrder), 0) from ChecklistItem i where i.trajectId = :trajectId")
    int lastSortOrder(long trajectId);

    @Query("select i.templateKey from ChecklistItem i where i.trajectId = :trajectId and i.templateKey is not null")
    List<String> templateKeys(long trajectId);

    List<ChecklistItem> findByTrajectIdAndTemplateKey(long trajectId, String templateKey);
}
