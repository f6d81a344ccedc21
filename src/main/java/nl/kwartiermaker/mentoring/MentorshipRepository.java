package nl.kwartiermaker.mentoring;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

    List<Mentorship> findByExpertIdAndStatusIn(long expertId, Collection<MentorshipStatus> statuses);

    @Query("""
            select m from Mentorship m where (m.expertId = :personId or m.supporterId = :personId)
            and m.status in :statuses""")
    List<Mentorship> findInvolvingPerson(long personId, Collection<MentorshipStatus> statuses);

    boolean existsByExpertIdAndSupporterIdAndStatus(long expertId, long supporterId, MentorshipStatus status);

    long countBySupporterIdAndStatus(long supporterId, MentorshipStatus status);

    /**
     * A supporter's running mentorships, read with a lock: a locking read sees every committed row, also on MariaDB
     * where a plain read in a transaction keeps seeing the snapshot of its first read (repeatable read), which could
     * be older than an acceptance that committed while this one waited for the supporter's lock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select m from Mentorship m where m.supporterId = :supporterId
            and m.status = nl.kwartiermaker.mentoring.MentorshipStatus.ACTIVE""")
    List<Mentorship> lockRunningBySupporter(long supporterId);

    /** An expert's mentorships, newest first: what runs now and what was tried before. */
    List<Mentorship> findByExpertIdOrderByProposedAtDescIdDesc(long expertId);

    /** How many places each of these supporters has taken with mentorships in one of these statuses. */
    @Query("""
            select m.supporterId as supporterId, count(m) as taken from Mentorship m
            where m.supporterId in :supporterIds and m.status in :statuses group by m.supporterId""")
    List<Load> countPerSupporter(Collection<Long> supporterIds, Collection<MentorshipStatus> statuses);

    interface Load {
        Long getSupporterId();

        Long getTaken();
    }

    /** Proposals without an answer since {@code cutoff} whose supporter has not been reminded yet. */
    @Query("""
            select m.id from Mentorship m where m.status = nl.kwartiermaker.mentoring.MentorshipStatus.PROPOSED
            and m.reminderSentAt is null and m.proposedAt <= :cutoff order by m.id""")
    List<Long> findProposalsToRemind(Instant cutoff);

    /** Proposals still unanswered since a reminder sent before {@code cutoff}, the coordinator not yet told. */
    @Query("""
            select m.id from Mentorship m where m.status = nl.kwartiermaker.mentoring.MentorshipStatus.PROPOSED
            and m.reminderSentAt <= :cutoff and m.coordinatorToldAt is null order by m.id""")
    List<Long> findProposalsUnanswered(Instant cutoff);

    /**
     * Running mentorships of the kinds that keep a rhythm, with their last check-in, for the reminder job: filtered in
     * Java by {@link CheckInSchedule}, so the rule stays in one place.
     */
    @Query("""
            select m.id as id, m.expertId as expertId, m.supporterId as supporterId, m.kind as kind,
                   m.status as status, m.rhythm as rhythm, m.startedOn as startedOn,
                   m.reminderSentForDue as reminderSentForDue,
                   (select max(c.heldOn) from CheckIn c where c.mentorshipId = m.id) as lastHeldOn,
                   e.name as expertName, s.userId as supporterUserId
            from Mentorship m, RegisteredPerson e, RegisteredPerson s
            where e.id = m.expertId and s.id = m.supporterId
            and m.status = nl.kwartiermaker.mentoring.MentorshipStatus.ACTIVE
            and m.kind = nl.kwartiermaker.mentoring.SupportKind.MENTOR""")
    List<Schedule> findRunningMentorSchedules();

    /**
     * The proposed and running mentorships where the person with account {@code userId} is the expert or the
     * supporter, with the last check-in: what Begeleiding asks of them. One statement.
     */
    @Query("""
            select m.id as id, m.expertId as expertId, m.supporterId as supporterId, m.kind as kind,
                   m.status as status, m.rhythm as rhythm, m.startedOn as startedOn,
                   m.reminderSentForDue as reminderSentForDue,
                   (select max(c.heldOn) from CheckIn c where c.mentorshipId = m.id) as lastHeldOn,
                   e.name as expertName, s.userId as supporterUserId
            from Mentorship m, RegisteredPerson e, RegisteredPerson s
            where e.id = m.expertId and s.id = m.supporterId and (e.userId = :userId or s.userId = :userId)
            and m.status in (nl.kwartiermaker.mentoring.MentorshipStatus.PROPOSED,
                             nl.kwartiermaker.mentoring.MentorshipStatus.ACTIVE)
            order by m.id""")
    List<Schedule> findInvolving(long userId);

    /** A mentorship with what its check-in schedule needs. */
    interface Schedule {
        Long getId();

        Long getExpertId();

        Long getSupporterId();

        SupportKind getKind();

        MentorshipStatus getStatus();

        CheckInRhythm getRhythm();

        LocalDate getStartedOn();

        LocalDate getReminderSentForDue();

        LocalDate getLastHeldOn();

        String getExpertName();

        Long getSupporterUserId();
    }
}
