package nl.kwartiermaker.privacy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.PersonalDataHolder;
import nl.kwartiermaker.base.PersonalDataRequestAnswered;
import nl.kwartiermaker.base.PersonalDataSection;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data-subject requests, for the Beheerder: find a person by name or address in every feature, export what every
 * feature holds about them, erase them everywhere. Each feature answers for its own records through its
 * {@link PersonalDataHolder}; this service only asks them all, in one transaction, and records the request in the
 * audit log (decision 0015).
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataRequestService {

    static final int SEARCH_MIN = 2;
    static final int SEARCH_MAX = 254;
    static final String PSEUDONYM_PREFIX = "verwijderd-persoon-";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final List<PersonalDataHolder> holders;
    private final ApplicationEventPublisher events;
    private final SignedInUser signedIn;
    private final PortalTime time;
    private final PortalI18nProvider i18n;

    PersonalDataRequestService(List<PersonalDataHolder> holders, ApplicationEventPublisher events,
                               SignedInUser signedIn, PortalTime time, PortalI18nProvider i18n) {
        this.i18n = i18n;
        this.holders = holders.stream().sorted(Comparator.comparingInt(PersonalDataHolder::erasureOrder)
                .thenComparing(PersonalDataHolder::feature)).toList();
        this.events = events;
        this.signedIn = signedIn;
        this.time = time;
    }

    /** Everything the portal holds about one person at one moment, by feature. */
    record Export(PersonRef person, Instant madeAt, List<PersonalDataSection> sections) {
    }

    /** What an erasure did: the pseudonym that now stands in the person's place and the records changed per feature. */
    public record Erasure(String pseudonym, Map<String, Integer> changedByFeature) {
    }

    /**
     * People whose name or address contains the text, one per person: an account with its register entry and the
     * stories it is featured in, or a record of someone without an account.
     */
    @PreAuthorize(Access.BEHEERDER)
    public List<PersonRef> find(String text) {
        String search = Objects.requireNonNullElse(text, "").strip();
        InvalidInput.require(search.length() >= SEARCH_MIN && search.length() <= SEARCH_MAX, "privacy.error.search",
                SEARCH_MIN);
        List<PersonRef> people = new ArrayList<>();
        for (PersonalDataHolder holder : holders) {
            for (PersonRef found : holder.find(search)) {
                int same = indexOfSame(people, found);
                if (same < 0) {
                    people.add(found);
                } else {
                    people.set(same, people.get(same).merge(found));
                }
            }
        }
        return people.stream().map(this::complete).toList();
    }

    private PersonRef complete(PersonRef person) {
        PersonRef completed = person;
        for (PersonalDataHolder holder : holders) {
            completed = holder.complete(completed);
        }
        return completed;
    }

    /** Asks every feature; the callers write, because the export is recorded in the audit log. */
    private Export export(PersonRef person) {
        List<PersonalDataSection> sections = holders.stream().sorted(Comparator.comparing(
                PersonalDataHolder::feature)).map(h -> h.export(person)).toList();
        events.publishEvent(new PersonalDataRequestAnswered(PersonalDataRequestAnswered.Kind.EXPORTED, person.label(),
                person.userId() == null ? null : "account " + person.userId()));
        return new Export(person, time.now(), sections);
    }

    /** The export as the machine-readable file: JSON, one object per feature. */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public byte[] exportJson(PersonRef person, Locale locale) {
        Export export = export(person);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("madeAt", export.madeAt().toString());
        file.put("person", Map.of("userId", person.userId() == null ? "" : person.userId(), "emails",
                person.emails(), "names", person.names()));
        Map<String, Object> features = new LinkedHashMap<>();
        for (PersonalDataSection section : export.sections()) {
            features.put(section.feature(), Map.of("records", section.records(), "notes",
                    section.notes().stream().map(note -> i18n.translate(locale, note)).toList()));
        }
        file.put("features", features);
        return JSON.writeValueAsBytes(file);
    }

    /** The export as a readable document. */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public byte[] exportPdf(PersonRef person, Locale locale) {
        return PersonalDataPdf.render(export(person), locale, i18n);
    }

    /**
     * Erases the person in every feature in one transaction: either all of it happens or none (a failure in one
     * feature rolls everything back, and the Beheerder can simply try again). A Beheerder cannot erase themselves.
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public Erasure erase(PersonRef person) {
        SignedInUser.Account me = signedIn.current().orElseThrow();
        InvalidInput.require(!Objects.equals(person.userId(), me.id()) && !person.emails().contains(me.email()),
                "privacy.error.self");
        String pseudonym = PSEUDONYM_PREFIX + (person.userId() != null ? person.userId().toString()
                : HexFormat.of().formatHex(randomBytes()));
        PersonRef erased = person.withPseudonym(pseudonym);
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (PersonalDataHolder holder : holders) {
            changed.merge(holder.feature(), holder.erase(erased), Integer::sum);
        }
        events.publishEvent(new PersonalDataRequestAnswered(PersonalDataRequestAnswered.Kind.ERASED, pseudonym,
                "gewist of vervangen: " + changed.values().stream().mapToInt(Integer::intValue).sum()));
        return new Erasure(pseudonym, changed);
    }

    private static int indexOfSame(List<PersonRef> people, PersonRef found) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).samePersonAs(found)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
