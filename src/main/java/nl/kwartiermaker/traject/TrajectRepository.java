package nl.kwartiermaker.traject;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrajectRepository extends JpaRepository<Traject, Long> {

    @Query("select t from Traject t where t.archived = :archived order by t.name")
    List<Traject> findByArchived(boolean archived);
}
