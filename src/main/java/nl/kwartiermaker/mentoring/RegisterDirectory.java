package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's people as other features see them: name, themes and whether they are still here, nothing sensitive.
 * The regional pool keeps its profile of an expert on a register entry (the register stays the one list of people),
 * and shows the expert's name in its planning to the pool coordinator and to the contact of the municipality the
 * expert works in. The pool coordinator may also register a new expert here, under the register's own checks.
 */
@Service
public class RegisterDirectory {

    /** One person of the register: no contact details, notes or support. */
    public record Entry(long id, String name, Set<ExperienceTheme> themes, boolean expert, boolean left) {
    }

    static final String MAY_READ = "hasAnyRole('" + Role.Names.COORDINATOR + "', '" + Role.Names.POOL_COORDINATOR
            + "', '" + Role.Names.PARTNER_CONTACT + "')";
    static final String MAY_LIST = "hasAnyRole('" + Role.Names.COORDINATOR + "', '" + Role.Names.POOL_COORDINATOR
            + "')";

    /**
     * A new expert as the regional pool registers them: paid work (seed 003: "Het is een betaalde functie") in the
     * pool's team, with the hours they work for the pool.
     */
    public record NewExpert(String name, String email, Set<ExperienceTheme> themes, LocalDate startDate,
                            int hoursPerWeek) {
    }

    /** The team the pool's experts are registered in, so the register groups them and shows where they work. */
    public static final String POOL_TEAM = "Regionale pool";

    private final RegisteredPersonRepository people;
    private final MentoringRegisterService register;

    RegisterDirectory(RegisteredPersonRepository people, MentoringRegisterService register) {
        this.people = people;
        this.register = register;
    }

    private static Entry entry(RegisteredPerson person) {
        return new Entry(person.getId(), person.getName(), person.getThemes(), person.isExpert(),
                person.getLeftOn() != null);
    }

    /** The register entries of one person of a data-subject request (decision 0015), for every feature's erasure. */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional(readOnly = true)
    public List<Long> entryIdsOf(PersonRef person) {
        return entriesOf(person).stream().map(RegisteredPerson::getId).toList();
    }

    List<RegisteredPerson> entriesOf(PersonRef person) {
        return people.entriesOf(person.userId() == null ? -1L : person.userId(), orNone(person.emails()),
                orNone(person.names()));
    }

    /** An empty "in" list is not valid in every database; a blank (no stripped name or address is one) means none. */
    private static Collection<String> orNone(Collection<String> values) {
        return values.isEmpty() ? List.of(" ") : values;
    }

    /** The entries with these ids, in one statement; ids that do not exist are left out. */
    @PreAuthorize(MAY_READ)
    @Transactional(readOnly = true)
    public Map<Long, Entry> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findAllById(ids).stream().map(RegisterDirectory::entry)
                .collect(Collectors.toMap(Entry::id, Function.identity()));
    }

    /** Every expert in the register who has not left, by name. */
    @PreAuthorize(MAY_LIST)
    @Transactional(readOnly = true)
    public List<Entry> experts() {
        return people.findAll().stream().filter(p -> p.isExpert() && p.getLeftOn() == null)
                .map(RegisterDirectory::entry).sorted(java.util.Comparator.comparing(Entry::name)).toList();
    }

    /**
     * Registers a new expert for the regional pool, checked as the register checks every entry. No onboarding plan
     * starts: the pool's provider employs and introduces its experts (decision 0009); Begeleiding's coordinator sees
     * them in the register and can start one from their page.
     */
    @PreAuthorize("hasRole('" + Role.Names.POOL_COORDINATOR + "')")
    @Transactional
    public Entry registerExpert(NewExpert expert) {
        PersonForm form = new PersonForm(expert.name(), expert.email(), null, true, expert.startDate(), POOL_TEAM, null,
                expert.themes(), Employment.PAID, expert.hoursPerWeek(), false, false, null, 0, true, "", false);
        register.check(form, null);
        RegisteredPerson person = new RegisteredPerson(form.name());
        person.apply(form);
        return entry(people.saveAndFlush(person));
    }
}
