package nl.kwartiermaker.mentoring;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The register as intervision and supervision read it: only names and what someone can be, never the whole entry,
 * in one query each.
 */
interface RegisterChoiceRepository extends Repository<RegisteredPerson, Long> {

    @Query("""
            select new nl.kwartiermaker.mentoring.PersonChoice(p.id, p.name, p.expert, p.supervisor)
            from RegisteredPerson p where p.leftOn is null order by p.name, p.id
            """)
    List<PersonChoice> findChoices();

    @Query("""
            select new nl.kwartiermaker.mentoring.PersonChoice(p.id, p.name, p.expert, p.supervisor)
            from RegisteredPerson p where p.id in :ids order by p.name, p.id
            """)
    List<PersonChoice> findChoicesById(Collection<Long> ids);

    @Query("select new nl.kwartiermaker.mentoring.Invitee(p.userId, p.email, p.name) from RegisteredPerson p "
            + "where p.id in :ids and p.leftOn is null order by p.name, p.id")
    List<Invitee> findInvitees(Collection<Long> ids);
}
