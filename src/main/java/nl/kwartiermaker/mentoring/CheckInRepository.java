package nl.kwartiermaker.mentoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {
}
