package nl.kwartiermaker.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An expert's personal situation and well-being notes are deleted once they left the register more than
 * {@code kwartiermaker.retention.personal-notes} ago: they served their support, which has ended. The entry stays.
 */
@Component
class PersonalNotesRetention implements RetentionRule {

    private final PersonalNotesRepository notes;

    PersonalNotesRetention(PersonalNotesRepository notes) {
        this.notes = notes;
    }

    @Override
    public String dataType() {
        return "personal-notes";
    }

    @Override
    @Transactional
    public int purge(Instant cutoff) {
        return notes.deleteOfPeopleWhoLeftBefore(LocalDate.ofInstant(cutoff, PortalTime.ZONE));
    }
}
