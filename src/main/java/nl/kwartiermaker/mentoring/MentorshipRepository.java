package nl.kwartiermaker.mentoring;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

    List<Mentorship> findByExpertIdAndStatusIn(long expertId, Collection<MentorshipStatus> statuses);

    boolean existsByExpertIdAndSupporterIdAndStatus(long expertId, long supporterId, MentorshipStatus status);

    long countBySupporterIdAndStatus(long supporterId, MentorshipStatus status);
}
