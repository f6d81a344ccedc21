package nl.kwartiermaker.mentoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntervisionGroupRepository extends JpaRepository<IntervisionGroup, Long> {
}
