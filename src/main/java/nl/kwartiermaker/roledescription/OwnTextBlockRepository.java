package nl.kwartiermaker.roledescription;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnTextBlockRepository extends JpaRepository<OwnTextBlock, Long> {

    List<OwnTextBlock> findAllByOrderBySectionAscTitleAsc();
}
