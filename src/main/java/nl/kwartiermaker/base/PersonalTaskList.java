package nl.kwartiermaker.base;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Everything the features ask of the signed-in person, in the order to do it: overdue first (oldest first), then
 * what someone is waiting for, then by date, then the rest. The Overzicht lists it, the header counts it.
 */
@Component
public class PersonalTaskList {

    private final ObjectProvider<PersonalTasks> features;
    private final PortalTime time;
    private final SignedInUser signedInUser;

    PersonalTaskList(ObjectProvider<PersonalTasks> features, PortalTime time, SignedInUser signedInUser) {
        this.features = features;
        this.time = time;
        this.signedInUser = signedInUser;
    }

    public List<PersonalTask> mine() {
        LocalDate today = time.today();
        boolean staff = signedInUser.current().map(a -> a.roles().stream().anyMatch(Role::isStaff)).orElse(false);
        return features.orderedStream().filter(feature -> staff || !feature.staffOnly())
                .flatMap(feature -> feature.mine().stream())
                .sorted(Comparator.comparing((PersonalTask t) -> !t.overdue(today))
                        .thenComparing(t -> !t.urgent())
                        .thenComparing(PersonalTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
