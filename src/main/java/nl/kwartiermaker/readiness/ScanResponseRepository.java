package nl.kwartiermaker.readiness;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Results are aggregated here, in the database: each query returns at most one row per theme, statement or group and
 * answer value, however many people answered.
 */
interface ScanResponseRepository extends JpaRepository<ScanResponse, String> {

    interface ResponseCount {
        Long getRoundId();

        RespondentGroup getRespondentGroup();

        long getResponses();
    }

    @Query("""
            select r.roundId as roundId, r.respondentGroup as respondentGroup, count(r) as responses from ScanResponse r
            where r.roundId in :roundIds group by r.roundId, r.respondentGroup
            """)
    List<ResponseCount> countByGroup(Collection<Long> roundIds);

    interface ThemeScore {
        Long getRoundId();

        RespondentGroup getRespondentGroup();

        String getTheme();

        /** Sum of the scores after reversing, so the average is exact: sum / answers. */
        long getScoreSum();

        long getAnswers();
    }

    /** Per theme and group: the sum and number of scored answers; "weet niet" (0) and open answers are left out. */
    @Query("""
            select r.roundId as roundId, r.respondentGroup as respondentGroup, q.themeKey as theme,
                   sum(case when q.reverseScored = true then 6 - a.score else a.score end) as scoreSum,
                   count(a.score) as answers
            from ScanResponse r join r.answers a join ScanQuestion q on q.id = a.questionId
            where r.roundId in :roundIds and a.score between 1 and 5 and q.openQuestion = false
            group by r.roundId, r.respondentGroup, q.themeKey
            """)
    List<ThemeScore> themeScores(Collection<Long> roundIds);

    interface ValueCount {
        long getQuestionId();

        int getScore();

        long getAnswers();
    }

    /** Per statement and answer value (0 = weet niet … 5) how often it was given, as answered (not reversed). */
    @Query("""
            select a.questionId as questionId, a.score as score, count(r) as answers
            from ScanResponse r join r.answers a
            where r.roundId = :roundId and a.score is not null
            group by a.questionId, a.score
            """)
    List<ValueCount> distribution(long roundId);

    interface OpenText {
        long getQuestionId();

        RespondentGroup getRespondentGroup();

        String getText();
    }

    /** Open answers of the given groups, ordered by their text so that the order says nothing about who wrote them. */
    @Query("""
            select a.questionId as questionId, r.respondentGroup as respondentGroup, a.text as text
            from ScanResponse r join r.answers a
            where r.roundId = :roundId and a.text is not null and r.respondentGroup in :groups
            order by a.questionId, a.text
            """)
    List<OpenText> openAnswers(long roundId, Collection<RespondentGroup> groups);

    interface AnswerRow {
        String getResponseId();

        RespondentGroup getRespondentGroup();

        long getQuestionId();

        Integer getScore();

        String getText();
    }

    /** Every answer of the given groups, ordered by the random response key, for the CSV export. */
    @Query("""
            select r.id as responseId, r.respondentGroup as respondentGroup, a.questionId as questionId, a.score as score, a.text as text
            from ScanResponse r join r.answers a
            where r.roundId = :roundId and r.respondentGroup in :groups order by r.id
            """)
    List<AnswerRow> answers(long roundId, Collection<RespondentGroup> groups);
}
