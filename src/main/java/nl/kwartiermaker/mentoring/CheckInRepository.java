package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    /** An expert's check-ins, newest first, without their notes: the notes are read only when someone asks. */
    @Query("""
            select new nl.kwartiermaker.mentoring.LoggedCheckIn(c.id, c.version, c.mentorshipId, m.kind, s.name,
                   c.heldOn, c.form, c.topics, c.goal, c.agreedActions, c.loggedById)
            from CheckIn c, Mentorship m, RegisteredPerson s
            where m.id = c.mentorshipId and s.id = m.supporterId and m.expertId = :expertId
            order by c.heldOn desc, c.id desc""")
    List<LoggedCheckIn> findLoggedFor(long expertId);

    interface Notes {
        Long getId();

        String getNotes();
    }

    @Query("""
            select c.id as id, c.notes as notes from CheckIn c, Mentorship m
            where m.id = c.mentorshipId and m.expertId = :expertId""")
    List<Notes> findNotesFor(long expertId);

    @Query("select max(c.heldOn) from CheckIn c where c.mentorshipId = :mentorshipId")
    LocalDate findLastHeldOn(long mentorshipId);

    /** Blanks the notes of check-ins held before {@code before}; the date and the rest stay for the schedule. */
    @Modifying
    @Query("""
            update CheckIn c set c.notes = '', c.version = c.version + 1
            where c.heldOn < :before and length(c.notes) > 0
            """)
    int blankNotesHeldBefore(LocalDate before);
}
