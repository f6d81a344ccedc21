package nl.kwartiermaker.traject;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Stage changes are only added and read. */
interface StageChangeRepository extends Repository<StageChange, Long> {

    StageChange save(StageChange change);

    List<StageChange> findByTrajectIdOrderByChangedAtDescIdDesc(long trajectId);
}
