package nl.kwartiermaker.organisation;

import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A name for the demo organisation, so exports in the demo carry one. */
@Component
@Profile("demo")
@Order(20)
class DemoOrganisation implements ApplicationRunner {

    private final OrganisationService organisation;
    private final OrganisationProfileRepository profiles;

    DemoOrganisation(OrganisationService organisation, OrganisationProfileRepository profiles) {
        this.organisation = organisation;
        this.profiles = profiles;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (profiles.count() == 0) {
            RunAs.run("beheerder@demo.nl", Role.BEHEERDER, () -> organisation.rename(-1, "Gemeente Voorbeeldstad"));
        }
    }
}
