package nl.kwartiermaker.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The queries of the editorial workflow: the review queue, the tasks it gives, and what the publishing job finds due.
 * Lists read rows without the story's body.
 */
interface StoryReviewQueries extends Repository<Story, Long> {

    /** One row of the review queue. */
    interface QueueRow {
        Long getId();

        String getTitle();

        StoryStatus getStatus();

        long getAuthorId();

        Instant getModifiedAt();

        Instant getPublishFrom();

        Instant getPublishUntil();
    }

    /** A story a task is about. */
    interface TaskRow {
        Long getId();

        String getTitle();
    }

    @Query("select s.id as id, s.title as title, s.status as status, s.authorId as authorId,"
            + " s.modifiedAt as modifiedAt, s.publishFrom as publishFrom, s.publishUntil as publishUntil"
            + " from Story s where s.status in :statuses order by s.modifiedAt asc, s.id asc")
    List<QueueRow> findQueue(@Param("statuses") Collection<StoryStatus> statuses);

    @Query("select s.id as id, s.title as title from Story s"
            + " where s.status = nl.kwartiermaker.story.StoryStatus.IN_REVIEW and s.authorId <> :me"
            + " order by s.modifiedAt asc, s.id asc")
    List<TaskRow> findToReviewBy(@Param("me") long me);

    /** The author's drafts an editor sent back and that they have not offered again since. */
    @Query("select s.id as id, s.title as title from Story s"
            + " where s.authorId = :me and s.status = nl.kwartiermaker.story.StoryStatus.DRAFT"
            + " and exists (select e.id from StoryEvent e where e.storyId = s.id"
            + " and e.kind = nl.kwartiermaker.story.StoryEventKind.SENT_BACK"
            + " and not exists (select later.id from StoryEvent later where later.storyId = s.id"
            + " and later.kind = nl.kwartiermaker.story.StoryEventKind.SUBMITTED and later.id > e.id))"
            + " order by s.modifiedAt asc, s.id asc")
    List<TaskRow> findSentBackTo(@Param("me") long me);

    @Query("select s.id from Story s where s.status = nl.kwartiermaker.story.StoryStatus.SCHEDULED"
            + " and s.publishFrom <= :now")
    List<Long> findScheduledDue(@Param("now") Instant now);

    /** Published stories whose window closed or of which someone's consent ran out (and was not withdrawn). */
    @Query("select s.id from Story s where s.status = nl.kwartiermaker.story.StoryStatus.PUBLISHED"
            + " and ((s.publishUntil is not null and s.publishUntil <= :now)"
            + " or exists (select p.id from FeaturedPerson p where p.storyId = s.id and p.withdrawnAt is null"
            + " and p.expiresOn is not null and p.expiresOn < :today))")
    List<Long> findPublishedEnded(@Param("now") Instant now, @Param("today") LocalDate today);
}
