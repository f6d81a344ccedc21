package nl.kwartiermaker.mentoring;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The register read as a pool of mentors and buddies, for matching. */
interface SupporterRepository extends Repository<RegisteredPerson, Long> {

    /**
     * Everyone still here who offers to be a mentor or buddy and has room at all; the matching narrows it down per
     * expert and kind. One statement for both kinds, so the expert's page reads the pool once.
     */
    @Query("""
            select p from RegisteredPerson p where p.leftOn is null and p.available = true and p.capacity > 0
            and (p.offersMentoring = true or p.offersBuddy = true) order by p.name, p.id""")
    List<RegisteredPerson> findPool();
}
