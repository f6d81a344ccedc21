package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GrowthGoalRepository extends JpaRepository<GrowthGoal, Long> {

    /** Active goals first, then achieved and stopped ones, each in the order they were written. */
    @Query("""
            select g from GrowthGoal g where g.personId = :personId
            order by case when g.status = nl.kwartiermaker.mentoring.GoalStatus.ACTIVE then 0 else 1 end,
                     g.position, g.id
            """)
    List<GrowthGoal> findPlan(long personId);

    @Query("select coalesce(max(g.position), 0) from GrowthGoal g where g.personId = :personId")
    int lastPosition(long personId);

    /** Whether a plan exists, its active goals and when it was last reviewed, without any of its texts. */
    @Query("""
            select count(g) as goals,
                   coalesce(sum(case when g.status = nl.kwartiermaker.mentoring.GoalStatus.ACTIVE then 1 else 0 end),
                            0) as activeGoals,
                   max(g.lastReviewedOn) as lastReviewedOn
            from GrowthGoal g where g.personId = :personId
            """)
    Summary summarise(long personId);

    interface Summary {
        long getGoals();

        long getActiveGoals();

        LocalDate getLastReviewedOn();
    }

    /** The active goals of the account's own register entry whose review date has come, for their task list. */
    @Query("""
            select g.personId as personId, g.goal as goal, g.reviewOn as reviewOn
            from GrowthGoal g, RegisteredPerson p
            where p.id = g.personId and p.userId = :userId and p.leftOn is null
              and g.status = nl.kwartiermaker.mentoring.GoalStatus.ACTIVE and g.reviewOn <= :today
              and (g.lastReviewedOn is null or g.lastReviewedOn < g.reviewOn)
            order by g.reviewOn, g.id
            """)
    List<DueReview> findDueReviews(long userId, LocalDate today);

    interface DueReview {
        long getPersonId();

        String getGoal();

        LocalDate getReviewOn();
    }
}
