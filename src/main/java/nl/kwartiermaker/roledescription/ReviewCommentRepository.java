package nl.kwartiermaker.roledescription;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    List<ReviewComment> findByDescriptionIdOrderByWrittenAtAscIdAsc(long descriptionId);
}
