package nl.kwartiermaker.pool;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoolBudgetRepository extends JpaRepository<PoolBudget, Long> {

    Optional<PoolBudget> findByYear(int year);

    List<PoolBudget> findAllByOrderByYearDesc();
}
