package nl.kwartiermaker.mentoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingTaskRepository extends JpaRepository<OnboardingTask, Long> {
}
