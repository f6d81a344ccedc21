package nl.kwartiermaker.mentoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalNotesRepository extends JpaRepository<PersonalNotes, Long> {
}
