package nl.kwartiermaker.story;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import nl.kwartiermaker.base.SearchText;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A story library that shows every part at work: published stories about the five roles (one told by the demo expert
 * Eef, who gave her own consent; one by a resident without an account, recorded from a consent form and anonymised),
 * one waiting for review and one whose featured person withdrew consent. Written with past dates and histories, which
 * the services (that only act today) cannot do. The texts are written for the portal after seed 001 (fase 2, "Creëer
 * korte termijn successen") and seed 004 (tip 2).
 */
@Component
@Profile("demo")
@Order(70)
class DemoVerhalen implements ApplicationRunner {

    private final StoryRepository stories;
    private final StoryImageService images;
    private final FeaturedPersonRepository featured;
    private final StoryEventRepository events;
    private final UserService users;
    private final PortalTime time;
    private final TransactionTemplate transaction;

    DemoVerhalen(StoryRepository stories, StoryImageService images, FeaturedPersonRepository featured,
                 StoryEventRepository events, UserService users, PortalTime time, TransactionTemplate transaction) {
        this.stories = stories;
        this.images = images;
        this.featured = featured;
        this.events = events;
        this.users = users;
        this.time = time;
        this.transaction = transaction;
    }

    private record People(long eef, long mila, long cor, long mo) {
    }

    @Override
    public void run(ApplicationArguments args) {
        People[] people = new People[1];
        RunAs.run("beheerder@demo.nl", Role.BEHEERDER, () -> people[0] = new People(id("ervaringsdeskundige@demo.nl"),
                id("medewerker@demo.nl"), id("coordinator@demo.nl"), id("mentor@demo.nl")));
        if (people[0] == null || stories.existsBySlug(slug(FIRST_TITLE))) {
            return;
        }
        RunAs.run("coordinator@demo.nl", Role.COORDINATOR, () -> transaction.executeWithoutResult(s -> write(people[0])));
    }

    private Long id(String email) {
        return users.findByEmail(email).map(UserAccount::id).orElse(null);
    }

    private static final String FIRST_TITLE = "Van wachtlijst naar een eerste gesprek";

    private void write(People p) {
        Instant now = time.now();
        Story first = story(p.mila(), FIRST_TITLE,
                "Een inwoner met schulden durfde de stap naar het wijkteam niet te zetten. Eef ging mee.",
                """
                Meneer K. stond al maanden op de wachtlijst voor schuldhulp. Brieven bleven ongeopend liggen. Toen hij \
                eindelijk belde, kreeg hij Eef aan de lijn, ervaringsdeskundige in het wijkteam.

                Eef vertelde hem dat zij zelf ook jaren met schulden heeft geleefd. *"Ik weet hoe het is om de \
                envelop niet open te durven maken."* Samen maakten ze de stapel open, aan de keukentafel.

                Binnen drie weken zat hij bij de schuldhulpverlener. Eef ging de eerste keer mee.
                """,
                "De schaamte werd kleiner doordat iemand naast hem zat die het zelf had meegemaakt. Gewone hulp begon "
                        + "pas na het eerste gesprek; Eef maakte dat gesprek mogelijk.",
                Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE), Set.of(ExpertRole.ONDERSTEUNER));
        first = illustrated(first, new Color(0x1f6f8b), new Color(0xf2c14e),
                "Twee mensen aan een keukentafel met een stapel brieven (getekend)");
        consented(first, p.eef(), "Eef Ervaringsdeskundige", FeaturedRelation.EXPERT, true, true, true, false,
                now.minus(Duration.ofDays(20)), p.eef());
        published(first, now.minus(Duration.ofDays(18)), p.cor(), p.mila());

        Story second = story(p.mo(), "\"Zij wist hoe het voelt\"",
                "Een inwoner vertelt over de steun van een ervaringsdeskundige na een opname.",
                """
                Na mijn opname wist ik niet waar ik moest beginnen. De ervaringsdeskundige van het team zei niet wat \
                ik moest doen. Ze vroeg wat ik zelf wilde.

                We spraken af in het park, niet op kantoor. Dat maakte veel uit.
                """,
                "Wanneer spreek je van succes? Voor deze inwoner: weer zelf de regie voelen. Ze pakte haar "
                        + "vrijwilligerswerk weer op.",
                Set.of(ExperienceTheme.PSYCHISCHE_KWETSBAARHEID), Set.of(ExpertRole.ONDERSTEUNER));
        second = illustrated(second, new Color(0x3a7d44), new Color(0xe9f5db), "Een pad door een park (getekend)");
        FeaturedPerson resident = consented(second, null, "Inwoner uit wijk Noord", FeaturedRelation.CLIENT, true, true,
                false, true, now.minus(Duration.ofDays(12)), p.mo());
        resident.recordForm(time.today().minusDays(12), p.mo());
        featured.save(resident);
        published(second, now.minus(Duration.ofDays(10)), p.cor(), p.mo());

        Story third = story(p.mila(), "Een regeling die klopt met de praktijk",
                "Drie ervaringsdeskundigen dachten mee over de nieuwe schuldhulpregeling. De brief werd korter.",
                """
                De gemeente schreef een nieuwe regeling voor schuldhulp. Voordat die vastlag, lazen drie \
                ervaringsdeskundigen mee.

                Hun eerste vraag: *"Wie leest deze brief, en in welke situatie?"* De brief ging van vier kantjes naar \
                één, met bovenaan wat iemand moet doen.
                """,
                "Beleid werd beter doordat mensen met ervaring vroeg meedachten, niet pas bij de evaluatie.",
                Set.of(ExperienceTheme.SCHULDEN_EN_ARMOEDE), Set.of(ExpertRole.BELEIDSBEINVLOEDER));
        third = illustrated(third, new Color(0x5c4d7d), new Color(0xf7e1d7),
                "Een brief van vier kantjes naast een brief van één kantje (getekend)");
        consented(third, p.mo(), "Mo Mentor", FeaturedRelation.EXPERT, true, true, true, false,
                now.minus(Duration.ofDays(6)), p.mo());
        published(third, now.minus(Duration.ofDays(4)), p.cor(), p.mila());

        Story inReview = story(p.eef(), "Wat herstel betekent, verteld aan collega's",
                "Eef gaf een training aan het wijkteam over herstel en eigen regie.",
                "Tijdens het teamoverleg vertelde Eef over haar eigen herstel en wat haar toen hielp.",
                "Collega's vroegen daarna vaker wat een inwoner zelf wil.",
                Set.of(ExperienceTheme.PSYCHISCHE_KWETSBAARHEID), Set.of(ExpertRole.DESKUNDIGHEIDSBEVORDERAAR));
        consented(inReview, p.eef(), "Eef Ervaringsdeskundige", FeaturedRelation.EXPERT, true, false, false, false,
                now.minus(Duration.ofDays(2)), p.eef());
        inReview.moveTo(StoryStatus.IN_REVIEW);
        stories.save(inReview);
        events.save(new StoryEvent(inReview.getId(), now.minus(Duration.ofDays(2)), p.eef(), StoryEventKind.SUBMITTED,
                null, ""));

        Story withdrawn = story(p.mila(), "Terug aan het werk na de opvang",
                "Een inwoner vond via een ervaringsdeskundige de weg naar werk.",
                "Na een jaar in de opvang vond hij werk in de groenvoorziening.",
                "Hij zag bij iemand anders dat het kon.",
                Set.of(ExperienceTheme.DAKLOOSHEID), Set.of(ExpertRole.ONDERSTEUNER));
        FeaturedPerson gone = consented(withdrawn, null, "Inwoner uit de opvang", FeaturedRelation.CLIENT, true, true,
                true, false, now.minus(Duration.ofDays(30)), p.mila());
        gone.recordForm(time.today().minusDays(30), p.mila());
        published(withdrawn, now.minus(Duration.ofDays(28)), p.cor(), p.mila());
        gone.withdraw(now.minus(Duration.ofDays(3)), p.cor());
        featured.save(gone);
        withdrawn.moveTo(StoryStatus.WITHDRAWN);
        stories.save(withdrawn);
        events.save(new StoryEvent(withdrawn.getId(), now.minus(Duration.ofDays(3)), p.cor(),
                StoryEventKind.CONSENT_WITHDRAWN, gone.getId(), "Op verzoek van de inwoner, telefonisch."));
    }

    /**
     * A drawn picture (a gradient with circles, made here so the repository holds no binary files) through the image
     * service, which re-encodes and scales it as it does an upload. Before the consents: the image is part of what a
     * featured person agrees to.
     */
    private Story illustrated(Story story, Color from, Color to, String alt) {
        BufferedImage picture = new BufferedImage(1440, 810, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, from, 1440, 810, to));
        g.fillRect(0, 0, 1440, 810);
        g.setColor(new Color(255, 255, 255, 90));
        g.fillOval(180, 160, 520, 520);
        g.fillOval(760, 260, 420, 420);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", png);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return images.attach(story.getId(), story.getVersion(), "demo.png", png.toByteArray(), alt);
    }

    private static String slug(String title) {
        return SearchText.slug(title);
    }

    private Story story(long authorId, String title, String summary, String body, String impact,
                        Set<ExperienceTheme> themes, Set<ExpertRole> roles) {
        Story story = new Story(authorId, slug(title));
        story.write(new StoryContent(title, summary, body, impact, themes, roles, null));
        story = stories.save(story);
        events.save(new StoryEvent(story.getId(), time.now().minus(Duration.ofDays(35)), authorId,
                StoryEventKind.CREATED, null, ""));
        return story;
    }

    private FeaturedPerson consented(Story story, Long userId, String name, FeaturedRelation relation,
                                     boolean intranet, boolean digest, boolean feed, boolean anonymise, Instant at,
                                     long byId) {
        FeaturedPerson person = new FeaturedPerson(story.getId(), userId, name, relation);
        person.consent(new ConsentChoice(intranet, digest, feed, anonymise, null,
                "Dat het de moeite waard is om hulp te vragen.", true), story.getContentFingerprint(), at);
        person = featured.save(person);
        events.save(new StoryEvent(story.getId(), at, byId, userId == null ? StoryEventKind.CONSENT_RECORDED
                : StoryEventKind.CONSENT_GIVEN, person.getId(), ""));
        return person;
    }

    private void published(Story story, Instant from, long editorId, long authorId) {
        story.moveTo(StoryStatus.PUBLISHED);
        story.schedule(from, null);
        stories.save(story);
        events.save(new StoryEvent(story.getId(), from.minus(Duration.ofDays(1)), authorId, StoryEventKind.SUBMITTED,
                null, ""));
        events.save(new StoryEvent(story.getId(), from, editorId, StoryEventKind.PUBLISHED, null, ""));
    }
}
