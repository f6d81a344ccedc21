package nl.kwartiermaker.roledescription;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleDescriptionChangeRepository extends JpaRepository<RoleDescriptionChange, Long> {

    List<RoleDescriptionChange> findByDescriptionIdInOrderByChangedAtDescIdDesc(Collection<Long> descriptionIds);
}
