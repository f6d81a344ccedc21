package nl.kwartiermaker.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.StatementCounter;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class KnowledgeServiceTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgePageRepository pages;
    @Autowired
    PageRevisionRepository revisions;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void signIn() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private KnowledgeService.Page ownPage(String title, String body) {
        return knowledge.create(new PageContent(title, "Samenvatting", body, List.of("Eigen beleid 2026")));
    }

    @Test
    void the_shipped_pages_are_in_the_knowledge_base_with_their_sources() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        assertThat(knowledge.overview()).extracting(KnowledgeService.Summary::slug)
                .containsAll(ShippedKnowledgeContentTest.REQUIRED);
        KnowledgeService.Page page = knowledge.page("draagvlak").orElseThrow();
        assertThat(page.shipped()).isTrue();
        assertThat(page.content().sources()).isNotEmpty();
    }

    @Test
    void showing_a_page_reads_one_row_without_its_search_text() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        List<String> statements = StatementCounter.statementsOf(() -> knowledge.page("draagvlak").orElseThrow());

        // the search text is a folded copy of the whole body: reading it to show the page doubled the LOBs read
        assertThat(statements).singleElement().asString().containsIgnoringCase("knowledge_page")
                .doesNotContainIgnoringCase("search_text");
    }

    @Test
    void search_finds_words_in_title_and_text_regardless_of_accents_and_case() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        assertThat(knowledge.search("DRAAGVLAK")).extracting(KnowledgeService.Summary::slug).contains("draagvlak");
        assertThat(knowledge.search("coordinator")).extracting(KnowledgeService.Summary::slug).contains("coordinator");
        assertThat(knowledge.search("beleidsbeinvloeder")).extracting(KnowledgeService.Summary::slug)
                .contains("vijf-rollen");
        assertThat(knowledge.search("d")).isEmpty();
        assertThat(knowledge.search("%")).isEmpty();
        assertThat(knowledge.search("woorddatnergensvoorkomt")).isEmpty();
    }

    @Test
    void staff_asking_what_is_expected_of_them_find_their_page_whatever_the_word_order_or_punctuation() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        assertThat(knowledge.search("Wat wordt er van mij verwacht?")).extracting(KnowledgeService.Summary::slug)
                .contains("wat-betekent-dit-voor-mij");
        assertThat(knowledge.search("verwacht van mij")).extracting(KnowledgeService.Summary::slug)
                .contains("wat-betekent-dit-voor-mij");
        assertThat(knowledge.search("verwacht woorddatnergensvoorkomt")).as("every word counts").isEmpty();
    }

    @Test
    void a_title_match_is_listed_before_a_text_match() {
        List<KnowledgeService.Summary> found = knowledge.search("draagvlak");
        assertThat(found.getFirst().slug()).isEqualTo("draagvlak");
    }

    @Test
    void an_edit_makes_a_new_revision_and_an_older_revision_can_be_brought_back() {
        String unique = "uniek" + UUID.randomUUID().toString().replace("-", "");
        KnowledgeService.Page page = ownPage("Onze aanpak " + unique, "Eerste tekst.");
        KnowledgeService.Page edited = knowledge.update(page.slug(), page.version(),
                new PageContent(page.content().title(), "", "Tweede tekst met " + unique, List.of()));
        assertThat(knowledge.search(unique)).extracting(KnowledgeService.Summary::slug).contains(page.slug());

        assertThat(knowledge.history(page.slug())).extracting(KnowledgeService.Revision::kind)
                .containsExactly(PageRevision.Kind.EDITED, PageRevision.Kind.CREATED);
        KnowledgeService.Page reverted = knowledge.revert(page.slug(), edited.version(), 1);
        assertThat(reverted.content().body()).isEqualTo("Eerste tekst.");
        assertThat(reverted.content().sources()).containsExactly("Eigen beleid 2026");
        assertThat(knowledge.history(page.slug())).hasSize(3).first()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(PageRevision.Kind.REVERTED));
    }

    @Test
    void a_save_on_top_of_someone_elses_newer_save_is_refused() {
        KnowledgeService.Page page = ownPage("Conflict " + UUID.randomUUID(), "Begin.");
        knowledge.update(page.slug(), page.version(), new PageContent(page.content().title(), "", "Eerste.", List.of()));
        assertThatThrownBy(() -> knowledge.update(page.slug(), page.version(),
                new PageContent(page.content().title(), "", "Tweede.", List.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(knowledge.page(page.slug()).orElseThrow().content().body()).isEqualTo("Eerste.");
    }

    @Test
    void own_pages_get_a_readable_unique_address() {
        KnowledgeService.Page first = ownPage("Wat doet de coördinator bij ons?", "Tekst.");
        KnowledgeService.Page second = ownPage("Wat doet de coördinator bij ons?", "Tekst.");
        assertThat(first.slug()).startsWith("wat-doet-de-coordinator-bij-ons");
        assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith(first.slug().replaceAll("-\\d+$", ""));
        assertThat(first.category()).isEqualTo(PageCategory.EIGEN);
    }

    @Test
    void editing_a_shipped_page_marks_it_as_local_and_the_shipped_text_stays_available() {
        KnowledgeService.Page page = knowledge.page("meerwaarde").orElseThrow();
        KnowledgeService.Page edited = knowledge.update("meerwaarde", page.version(),
                new PageContent(page.content().title(), page.content().summary(), page.content().body()
                        + "\n\nBij ons: de cliëntenraad.", page.content().sources()));
        assertThat(edited.locallyEdited()).isTrue();
        assertThat(edited.shippedUpdateAvailable()).isFalse();
        KnowledgeService.Page restored = knowledge.adoptShipped("meerwaarde", edited.version());
        assertThat(restored.locallyEdited()).isFalse();
        assertThat(restored.content()).isEqualTo(page.content());
    }

    @Test
    void a_new_shipped_version_updates_untouched_pages_but_never_overwrites_a_local_edit() {
        ShippedPages.ShippedPage v1 = ShippedPages.parse("testpagina-" + UUID.randomUUID(),
                "---\ntitle: Test\nsummary: Een\ncategory: thema\norder: 999\nsource: 001 Test\n---\nVersie een.");
        ShippedPages.ShippedPage v2 = ShippedPages.parse(v1.slug(),
                "---\ntitle: Test\nsummary: Twee\ncategory: thema\norder: 999\nsource: 001 Test\n---\nVersie twee.");
        new KnowledgeService(pages, revisions, new ShippedPages(List.of(v1)), clock).synchroniseShippedPages();
        KnowledgeService withV2 = new KnowledgeService(pages, revisions, new ShippedPages(List.of(v2)), clock);
        withV2.synchroniseShippedPages();
        assertThat(knowledge.page(v1.slug()).orElseThrow().content().body()).isEqualTo("Versie twee.");

        KnowledgeService.Page current = knowledge.page(v1.slug()).orElseThrow();
        knowledge.update(v1.slug(), current.version(), new PageContent("Test", "Lokaal", "Onze tekst.", List.of()));
        new KnowledgeService(pages, revisions, new ShippedPages(List.of(v1)), clock).synchroniseShippedPages();
        KnowledgeService.Page after = new KnowledgeService(pages, revisions, new ShippedPages(List.of(v1)), clock)
                .page(v1.slug()).orElseThrow();
        assertThat(after.content().body()).isEqualTo("Onze tekst.");
        assertThat(after.shippedUpdateAvailable()).isTrue();
    }

    @Test
    void bad_input_is_refused_and_nothing_is_saved() {
        long before = pages.count();
        assertThatThrownBy(() -> knowledge.create(new PageContent(" ", "", "Tekst", List.of())))
                .isInstanceOf(InvalidInput.class).hasMessage("knowledge.error.title.required");
        assertThatThrownBy(() -> knowledge.create(new PageContent("Titel", "", "", List.of())))
                .hasMessage("knowledge.error.body.required");
        assertThatThrownBy(() -> knowledge.create(new PageContent("Titel", "x".repeat(301), "Tekst", List.of())))
                .hasMessage("knowledge.error.summary");
        // what arrives when a request ignores the editor's maxlength
        assertThatThrownBy(() -> knowledge.create(new PageContent("T".repeat(151), "", "Tekst", List.of())))
                .isInstanceOf(InvalidInput.class).hasMessage("knowledge.error.title")
                .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly(150));
        assertThatThrownBy(() -> knowledge.create(new PageContent("Titel", "", "b".repeat(100_001), List.of())))
                .isInstanceOf(InvalidInput.class).hasMessage("knowledge.error.body")
                .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly(100_000));
        assertThat(pages.count()).isEqualTo(before);
    }

    @Test
    void only_beheerders_change_the_knowledge_base_and_only_signed_in_people_read_it() {
        KnowledgeService.Page page = knowledge.page("draagvlak").orElseThrow();
        for (Role role : Role.values()) {
            if (role == Role.BEHEERDER) {
                continue;
            }
            SignedIn.as("iemand@demo.nl", role);
            assertThat(knowledge.page("draagvlak")).isPresent();
            assertThatThrownBy(() -> knowledge.update("draagvlak", page.version(), page.content()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> knowledge.create(page.content())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> knowledge.history("draagvlak")).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.nobody();
        assertThatThrownBy(() -> knowledge.overview())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
