package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kwartiermaker.PortalTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.traject.ChecklistLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class BegeleidingLinksTest {

    @Autowired
    BegeleidingLinks links;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_fase_2_steps_on_support_link_to_begeleiding_for_who_may_use_it_and_not_for_other_staff() {
        SignedIn.as("coordinator@demo.nl", Role.COORDINATOR);
        assertThat(links.linksFor(1)).extracting(ChecklistLinks.ItemLink::templateKey)
                .containsExactlyElementsOf(BegeleidingLinks.ITEMS);
        assertThat(links.linksFor(1)).allSatisfy(link -> {
            assertThat(link.href()).isEqualTo("begeleiding");
            assertThat(link.label()).isEqualTo("Begeleiding regelen");
        });
        SignedIn.as("mentor@demo.nl", Role.MENTOR);
        assertThat(links.linksFor(1)).hasSize(3);

        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        assertThat(links.linksFor(1)).isEmpty();
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        assertThat(links.linksFor(1)).isEmpty();
    }
}
