package nl.kwartiermaker.mentoring.ui;

import static nl.kwartiermaker.base.ui.Marks.muted;
import static nl.kwartiermaker.base.ui.Marks.note;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.MainLayout;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.base.ui.WarningList;
import nl.kwartiermaker.mentoring.IntervisionGroup;
import nl.kwartiermaker.mentoring.IntervisionService;
import nl.kwartiermaker.mentoring.IntervisionService.GroupPage;
import nl.kwartiermaker.mentoring.IntervisionSession;
import nl.kwartiermaker.mentoring.IntervisionTasks;
import nl.kwartiermaker.mentoring.PersonChoice;

/**
 * One intervision group: who leads it, how and when it meets, its members (with a warning when there are fewer than
 * four or more than eight), and its sessions with invitations and attendance. The coordinator changes and ends the
 * group; the facilitator and the coordinator plan sessions, send invitations and record who came; members read.
 * <p>
 * The header's actions get their listeners once, here; the page's body is built anew for every showing, with one
 * listener per new button.
 */
@Route(value = "begeleiding/intervisie/:id", layout = MainLayout.class)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MENTOR, Role.Names.ERVARINGSDESKUNDIGE})
class IntervisionGroupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient IntervisionService intervision;
    final Button edit = new Button();
    final Button end = new Button();
    final Button plan = new Button();
    private final Div body = new Div();
    private transient GroupPage shown;
    private long groupId;
    private String title = "";

    IntervisionGroupView(IntervisionService intervision) {
        this.intervision = intervision;
        addClassName("page");
        edit.setText(getTranslation("mentoring.intervision.group.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> new GroupDialog(intervision, shown.group(), saved -> reload()).open());
        end.setText(getTranslation("mentoring.intervision.group.end"));
        end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        end.addClickListener(e -> Confirmation.ask(getTranslation("mentoring.intervision.group.end.confirm.title",
                        shown.group().getName()), getTranslation("mentoring.intervision.group.end.confirm.text"),
                getTranslation("mentoring.intervision.group.end"), this::endGroup));
        plan.setText(getTranslation("mentoring.intervision.session.new"));
        plan.setIcon(VaadinIcon.PLUS.create());
        plan.addThemeVariants(ButtonVariant.PRIMARY);
        plan.addClickListener(e -> new SessionDialog(intervision, groupId, null, shown.dates(),
                shown.now().toLocalDate(), this::reload).open());
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            groupId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(intervision.group(groupId));
        } catch (NumberFormatException | InvalidInput notFound) {
            // a group that does not exist or is not this person's to see: the not-found page, not a message
            event.rerouteToError(NotFoundException.class);
        }
    }

    void reload() {
        show(intervision.group(groupId));
    }

    private void show(GroupPage page) {
        shown = page;
        IntervisionGroup group = page.group();
        title = group.getName();
        body.removeAll();
        ViewHeader top = new ViewHeader(group.getName(), getTranslation("mentoring.intervision.group.purpose"));
        boolean running = !group.isEnded();
        if (page.mayManage() && running) {
            top.withActions(edit, end);
        }
        body.add(new Anchor("begeleiding/intervisie", getTranslation("mentoring.intervision.back")), top);
        if (!running) {
            body.add(note(getTranslation("mentoring.intervision.group.ended", DateTimeFormatter
                    .ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(group.getEndedOn()))));
        }
        body.add(about(page), members(page), sessions(page),
                new Paragraph(new Anchor("kennisbank/begeleiding", getTranslation("mentoring.intervision.knowledge"))));
    }

    private Section about(GroupPage page) {
        IntervisionGroup group = page.group();
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term(getTranslation("mentoring.intervision.field.facilitator")),
                new DescriptionList.Description(page.facilitator().map(PersonChoice::name)
                        .orElse(getTranslation("mentoring.intervision.facilitator.none"))));
        facts.add(new DescriptionList.Term(getTranslation("mentoring.intervision.field.method")),
                new DescriptionList.Description(orDash(group.getMethod())));
        facts.add(new DescriptionList.Term(getTranslation("mentoring.intervision.field.schedule")),
                new DescriptionList.Description(orDash(group.getSchedule())));
        facts.addClassName("row-details");
        return new Section(new H2(getTranslation("mentoring.intervision.about")), facts);
    }

    private Section members(GroupPage page) {
        Section section = new Section(new H2(getTranslation("mentoring.intervision.members.title",
                page.members().size())));
        section.setId(IntervisionTasks.MEMBERS_ANCHOR);
        if (page.sizeIsOff()) {
            WarningList warning = new WarningList();
            warning.addWarning(getTranslation("mentoring.intervision.size.off", page.members().size(),
                    IntervisionGroup.MIN_MEMBERS, IntervisionGroup.MAX_MEMBERS), IntervisionGroup.SOURCE);
            section.add(warning);
        }
        if (page.members().isEmpty()) {
            section.add(new Paragraph(getTranslation(page.mayManage() ? "mentoring.intervision.members.empty.coordinator"
                    : "mentoring.intervision.members.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            page.members().forEach(m -> list.add(new ListItem(m.name())));
            section.add(list);
        }
        return section;
    }

    private Section sessions(GroupPage page) {
        Section section = new Section(new H2(getTranslation("mentoring.intervision.sessions")));
        boolean mayPlan = page.mayPlan() && !page.group().isEnded();
        if (mayPlan) {
            section.add(new Div(plan));
        }
        if (page.sessions().isEmpty()) {
            section.add(new Paragraph(getTranslation(mayPlan ? "mentoring.intervision.sessions.empty.planner"
                    : "mentoring.intervision.sessions.empty")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("traject-cards");
        page.sessions().forEach(s -> list.add(session(page, s, mayPlan)));
        section.add(list);
        return section;
    }

    private ListItem session(GroupPage page, IntervisionSession session, boolean mayPlan) {
        ListItem item = new ListItem();
        item.setId(IntervisionTasks.SESSION_ANCHOR_PREFIX + session.getId());
        item.addClassName("card");
        item.getStyle().set("display", "block");
        String when = date(session.getStartsAt());
        item.add(new H3(when));
        item.add(new Paragraph(getTranslation("mentoring.intervision.session.facts", session.getDurationMinutes(),
                orDash(session.getLocation()))));
        item.add(new Paragraph(getTranslation("mentoring.intervision.session.theme", orDash(session.getTheme()))));
        boolean begun = page.hasBegun(session);
        if (session.getAttendanceRecordedAt() != null) {
            String present = page.members().stream().filter(m -> session.getPresentIds().contains(m.id()))
                    .map(PersonChoice::name).collect(Collectors.joining(", "));
            item.add(new Paragraph(getTranslation("mentoring.intervision.session.present",
                    session.getPresentIds().size(), page.members().size(), present.isEmpty() ? "–" : present)));
        } else if (begun) {
            item.add(new Paragraph(muted(getTranslation("mentoring.intervision.session.present.unrecorded"))));
        } else {
            item.add(new Paragraph(muted(getTranslation(session.getInvitationsSentAt() == null
                    ? "mentoring.intervision.session.invitations.none"
                    : "mentoring.intervision.session.invitations.sent"))));
        }
        if (mayPlan) {
            Div actions = new Div();
            actions.addClassName("filter-bar");
            if (begun) {
                actions.add(new Button(getTranslation("mentoring.intervision.attendance.record"),
                        VaadinIcon.CHECK_SQUARE_O.create(), e -> new AttendanceDialog(intervision, session,
                        page.members(), when, this::reload).open()));
            } else {
                actions.add(new Button(getTranslation("mentoring.intervision.session.edit"),
                        VaadinIcon.EDIT.create(), e -> new SessionDialog(intervision, groupId, session,
                        page.dates(), page.now().toLocalDate(), this::reload).open()));
                Button invite = new Button(getTranslation(session.getInvitationsSentAt() == null
                        ? "mentoring.intervision.session.invite" : "mentoring.intervision.session.reinvite"),
                        VaadinIcon.ENVELOPE_O.create(), e -> {
                    intervision.sendInvitations(session.getId(), session.getVersion());
                    Notices.success(getTranslation("mentoring.intervision.session.invited"));
                    reload();
                });
                actions.add(invite);
            }
            item.add(actions);
        }
        return item;
    }

    private void endGroup() {
        IntervisionGroup ended = intervision.endGroup(groupId, shown.group().getVersion());
        Notices.success(getTranslation("mentoring.intervision.group.ended.notice", ended.getName()));
        reload();
    }

    private String date(LocalDateTime at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale())
                .format(at);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? PageTitles.of(this, "mentoring.intervision.title") : PageTitles.ofText(this, title);
    }
}
