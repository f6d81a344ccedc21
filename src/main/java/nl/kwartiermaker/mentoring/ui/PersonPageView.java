package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.mentoring.MentoringRegisterService;
import nl.kwartiermaker.mentoring.MentoringRegisterService.Notes;
import nl.kwartiermaker.mentoring.MentoringRegisterService.PersonPage;
import nl.kwartiermaker.mentoring.PersonalNotes;
import nl.kwartiermaker.mentoring.RegisteredPerson;
import nl.kwartiermaker.user.UserService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One person's page in Begeleiding: their profile (the coordinator edits it or marks that they left), their sensitive
 * notes behind a button (only opening them reads them, and that is logged), then the sections the other parts of
 * Begeleiding contribute (mentor and buddy, onboarding, check-ins, growth plan, supervision, intervision), in their
 * order. Someone who may not see the person gets the not-found page.
 * <p>
 * Vaadin reuses this instance when someone navigates to another person's page: the header's buttons get their
 * listeners once, here, and act on the person shown last; everything else is built per showing.
 */
@Route("begeleiding/:id")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MENTOR, Role.Names.ERVARINGSDESKUNDIGE})
class PersonPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MentoringRegisterService register;
    private final transient List<ExpertPageSection> sections;
    final Button edit;
    final Button markLeft;
    private final Div body = new Div();
    private transient PersonPage shown;
    private String title = "";

    PersonPageView(MentoringRegisterService register, UserService users, ObjectProvider<ExpertPageSection> sections) {
        this.register = register;
        // every part of Begeleiding that has a section; none is fine (the page then shows the profile and notes)
        this.sections = sections.stream().sorted(Comparator.comparingInt(ExpertPageSection::order)).toList();
        addClassName("page");
        body.addClassName("person-page-parts");
        edit = new Button(getTranslation("mentoring.register.edit"), VaadinIcon.EDIT.create(),
                e -> new PersonDialog(register, users, shown.person(), saved -> reload()).open());
        markLeft = new Button(getTranslation("mentoring.register.left"), e -> confirmLeft());
        markLeft.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(register.page(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | InvalidInput notFound) {
            // someone who does not exist or is not this person's to see: the not-found page, not a message
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Builds the whole page again, e.g. after an answer that changes what the person may see and do here. */
    void reload() {
        show(register.page(shown.person().getId()));
    }

    private void show(PersonPage page) {
        shown = page;
        RegisteredPerson person = page.person();
        title = person.getName();
        body.removeAll();
        ViewHeader top = new ViewHeader(person.getName(), getTranslation("mentoring.register.page.purpose"));
        if (page.mayEdit() && !person.hasLeft()) {
            top.withActions(edit, markLeft);
        }
        body.add(top);
        if (person.hasLeft()) {
            body.add(Marks.note(getTranslation("mentoring.register.page.left", date(person.getLeftOn()))));
        }
        body.add(profile(page));
        if (page.mayReadNotes()) {
            body.add(new NotesBlock(person.getId()));
        }
        for (ExpertPageSection section : sections) {
            section.render(person.getId()).ifPresent(body::add);
        }
    }

    private Section profile(PersonPage page) {
        RegisteredPerson person = page.person();
        UnorderedList facts = new UnorderedList();
        facts.addClassName("facts");
        fact(facts, "mentoring.register.field.roles", roles(person));
        fact(facts, "mentoring.register.field.team", person.getTeam());
        fact(facts, "mentoring.register.field.themes", person.getThemes().stream()
                .map(t -> getTranslation(t.labelKey())).collect(Collectors.joining(", ")));
        if (person.isExpert()) {
            fact(facts, "mentoring.register.field.startdate", date(person.getStartDate()));
            fact(facts, "mentoring.register.field.traject", page.trajectName());
            fact(facts, "mentoring.register.field.employment", person.getEmployment() == null ? ""
                    : getTranslation(person.getEmployment().labelKey()) + (person.getHoursPerWeek() == null ? ""
                    : " · " + getTranslation("mentoring.register.hours.value", person.getHoursPerWeek())));
        }
        if (person.isSupporter()) {
            fact(facts, "mentoring.register.field.seniority", person.getSeniority() == null ? ""
                    : getTranslation(person.getSeniority().labelKey()));
            fact(facts, "mentoring.register.page.capacity", getTranslation("mentoring.register.capacity.value",
                    person.getCapacity()));
            fact(facts, "mentoring.register.field.available", getTranslation(person.isAvailable() ? "yes" : "no")
                    + (person.getAvailabilityNote().isEmpty() ? "" : " · " + person.getAvailabilityNote()));
        }
        if (page.mayEdit()) {
            fact(facts, "mentoring.register.field.account", page.accountName().isEmpty()
                    ? getTranslation("mentoring.register.account.none") : page.accountName());
            fact(facts, "mentoring.register.field.email", person.getEmail());
        }
        Section profile = new Section(new H2(getTranslation("mentoring.register.page.profile")), facts);
        profile.addClassName("begeleiding-profile");
        return profile;
    }

    private String roles(RegisteredPerson person) {
        StringBuilder roles = new StringBuilder();
        appendIf(roles, person.isExpert(), "mentoring.register.field.expert");
        appendIf(roles, person.isOffersMentoring(), "mentoring.register.field.mentor");
        appendIf(roles, person.isOffersBuddy(), "mentoring.register.field.buddy");
        appendIf(roles, person.isSupervisor(), "mentoring.register.field.supervisor");
        return roles.toString();
    }

    private void appendIf(StringBuilder text, boolean condition, String key) {
        if (condition) {
            text.append(text.isEmpty() ? "" : ", ").append(getTranslation(key));
        }
    }

    /** A read-only line: bare elements, no components, as the profile is read and never acted on. */
    private void fact(UnorderedList facts, String labelKey, String value) {
        facts.getElement().appendChild(new Element("li").appendChild(
                Marks.text(getTranslation(labelKey) + ": ", "fact-label"),
                Element.createText(value == null || value.isBlank() ? "–" : value)));
    }

    private void confirmLeft() {
        RegisteredPerson person = shown.person();
        Confirmation.ask(getTranslation("mentoring.register.left.title", person.getName()),
                getTranslation("mentoring.register.left.text"), getTranslation("mentoring.register.left"), () -> {
                    register.markLeft(person.getId(), person.getVersion());
                    Notices.success(getTranslation("mentoring.register.left.done", person.getName()));
                    reload();
                });
    }

    private String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(date);
    }

    /**
     * The sensitive notes: closed until the person asks for them, because reading them is logged and merely opening
     * the page should not count as reading. Opened, they can be changed and saved by the same people.
     */
    class NotesBlock extends Section {

        final Button open = new Button(getTranslation("mentoring.register.notes.show"), VaadinIcon.LOCK.create());
        /** The fields exist once the notes are opened: most visits never open them. */
        TextArea situation;
        TextArea wellbeing;
        Button save;
        private long version;

        NotesBlock(long personId) {
            addClassName("begeleiding-notes");
            add(new H2(getTranslation("mentoring.register.notes.title")),
                    new Paragraph(getTranslation("mentoring.register.notes.help")), open);
            open.addClickListener(e -> {
                situation = notesField("mentoring.register.notes.situation");
                wellbeing = notesField("mentoring.register.notes.wellbeing");
                save = new Button(getTranslation("mentoring.register.notes.save"), saved -> {
                    show(register.saveNotes(personId, version, situation.getValue(), wellbeing.getValue()));
                    Notices.success(getTranslation("mentoring.register.notes.saved"));
                });
                save.addThemeVariants(ButtonVariant.PRIMARY);
                show(register.notes(personId));
                remove(open);
                add(situation, wellbeing, save);
            });
        }

        private TextArea notesField(String labelKey) {
            TextArea field = new TextArea(getTranslation(labelKey));
            field.setMaxLength(PersonalNotes.TEXT_MAX);
            field.setWidthFull();
            return field;
        }

        private void show(Notes notes) {
            version = notes.version();
            situation.setValue(notes.personalSituation());
            wellbeing.setValue(notes.wellbeingNotes());
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
