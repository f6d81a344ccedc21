package nl.kwartiermaker.mentoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntervisionSessionRepository extends JpaRepository<IntervisionSession, Long> {
}
