package nl.kwartiermaker.mentoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrowthGoalRepository extends JpaRepository<GrowthGoal, Long> {
}
