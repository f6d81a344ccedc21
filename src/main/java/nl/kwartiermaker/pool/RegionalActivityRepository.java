package nl.kwartiermaker.pool;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionalActivityRepository extends JpaRepository<RegionalActivity, Long> {

    List<RegionalActivity> findAllByOrderByStartsOnDesc();
}
