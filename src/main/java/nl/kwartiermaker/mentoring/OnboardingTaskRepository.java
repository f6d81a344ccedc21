package nl.kwartiermaker.mentoring;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OnboardingTaskRepository extends JpaRepository<OnboardingTask, Long> {

    /** One expert's plan in the order of the template, the coordinator's own tasks after it. */
    List<OnboardingTask> findByPersonIdOrderByPositionAscIdAsc(long personId);

    /**
     * The plan as it is now, locked: a locking read sees what other transactions committed since this one began
     * (MariaDB's repeatable read would otherwise show the plan as it was then).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from OnboardingTask t where t.personId = :personId")
    List<OnboardingTask> lockPlan(long personId);

    @Query("select t.templateKey from OnboardingTask t where t.personId = :personId and t.templateKey is not null")
    List<String> templateKeys(long personId);

    @Query("select coalesce(max(t.position), 0) from OnboardingTask t where t.personId = :personId")
    int lastPosition(long personId);

    /**
     * The open tasks due by {@code horizon} that the account {@code userId} carries, in one statement: tasks for the
     * expert when the account is the expert's own, tasks for the mentor when it is the account of the expert's active
     * mentor, and tasks for the coordinator when {@code coordinator}. People who left the register are left out.
     */
    @Query("""
            select t.personId as personId, p.name as personName, t.title as title, t.dueOn as dueOn
            from OnboardingTask t, RegisteredPerson p
            where p.id = t.personId and p.leftOn is null
              and t.status = nl.kwartiermaker.mentoring.TaskStatus.OPEN and t.dueOn <= :horizon
              and ((t.owner = nl.kwartiermaker.mentoring.TaskOwner.EXPERT and p.userId = :userId)
                or (t.owner = nl.kwartiermaker.mentoring.TaskOwner.COORDINATOR and :coordinator = true)
                or (t.owner = nl.kwartiermaker.mentoring.TaskOwner.MENTOR and exists (
                      select m.id from Mentorship m, RegisteredPerson s
                      where m.expertId = p.id and s.id = m.supporterId and s.userId = :userId and s.leftOn is null
                        and m.kind = nl.kwartiermaker.mentoring.SupportKind.MENTOR
                        and m.status = nl.kwartiermaker.mentoring.MentorshipStatus.ACTIVE)))
            order by t.dueOn, t.id
            """)
    List<DueTask> findDueFor(long userId, boolean coordinator, LocalDate horizon);

    interface DueTask {
        long getPersonId();

        String getPersonName();

        String getTitle();

        LocalDate getDueOn();
    }
}
