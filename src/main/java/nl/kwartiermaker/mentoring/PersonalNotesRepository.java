package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonalNotesRepository extends JpaRepository<PersonalNotes, Long> {

    /** The notes of everyone who left the register before {@code before}. */
    @Modifying
    @Query("""
            delete from PersonalNotes n
            where n.personId in (select p.id from RegisteredPerson p where p.leftOn < :before)
            """)
    int deleteOfPeopleWhoLeftBefore(LocalDate before);
}
