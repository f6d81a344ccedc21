package nl.kwartiermaker.traject;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrajectActivityRepository extends JpaRepository<TrajectActivity, Long> {

    List<TrajectActivity> findByTrajectIdOrderByDateAscIdAsc(long trajectId);

    /** The coming activities of several trajecten, in one statement: for the staff card. */
    List<TrajectActivity> findByTrajectIdInAndDateGreaterThanEqualOrderByDateAscIdAsc(Collection<Long> trajectIds,
                                                                                      LocalDate from);
}
