package nl.kwartiermaker.mentoring;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntervisionSessionRepository extends JpaRepository<IntervisionSession, Long> {

    /** A group's sessions with who was there, newest first, in one query. */
    @EntityGraph(attributePaths = "presentIds")
    List<IntervisionSession> findByGroupIdOrderByStartsAtDescIdDesc(long groupId);

    /** Sessions of these groups that have not begun, soonest first. */
    List<IntervisionSession> findByGroupIdInAndStartsAtAfterOrderByStartsAtAscIdAsc(Collection<Long> groupIds,
                                                                                     LocalDateTime after);

    /** Sessions that began in running groups this person facilitates, whose attendance nobody recorded yet. */
    @Query("""
            select s from IntervisionSession s, IntervisionGroup g
            where g.id = s.groupId and g.endedOn is null and g.facilitatorId = :facilitatorId
              and s.attendanceRecordedAt is null and s.startsAt <= :now
            order by s.startsAt, s.id
            """)
    List<IntervisionSession> findUnrecorded(long facilitatorId, LocalDateTime now);
}
