package nl.kwartiermaker.mentoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of Begeleiding: the proposed supporter once after {@link #ANSWER_WAIT} without an answer, the coordinator
 * who proposed it once when another {@link #ANSWER_WAIT} passes, and mentor and expert once per overdue check-in.
 * Each reminder marks its mentorship and publishes its event in one transaction per mentorship; the notification
 * listener queues the mail in that same transaction. So the mark and the mail commit together or not at all: a crash
 * before the commit sends nothing and the next run tries again, and once committed the outbox delivers the mail
 * exactly once, through any SMTP outage. Two runs at once collide on the mentorship's version and one rolls back.
 */
@Component
public class MentorshipReminders {

    /** How long a proposed supporter has to answer before a reminder, and again before the coordinator is told. */
    public static final Duration ANSWER_WAIT = Duration.ofDays(3);

    private static final Logger log = LoggerFactory.getLogger(MentorshipReminders.class);
    /** The name the audit columns record for the job's changes, as for the portal's other work without a person. */
    private static final String JOB = "systeem";

    private final MentorshipRepository mentorships;
    private final RegisteredPersonRepository people;
    private final CheckInRepository checkIns;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final PortalTime time;

    MentorshipReminders(MentorshipRepository mentorships, RegisteredPersonRepository people,
                        CheckInRepository checkIns, ApplicationEventPublisher events,
                        PlatformTransactionManager transactionManager,
                        PortalTime time) {
        this.mentorships = mentorships;
        this.people = people;
        this.checkIns = checkIns;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.time = time;
    }

    /**
     * Sends every reminder that is due now. The listeners look up accounts as the services allow a signed-in person,
     * so the job runs signed in as the system with the coordinator's role (whose work it does).
     */
    @SchedulerLock(name = "mentorship-reminders", lockAtMostFor = "PT30M")
    @Scheduled(fixedDelayString = "${kwartiermaker.mentoring.reminder-interval:PT1H}",
            initialDelayString = "${kwartiermaker.mentoring.reminder-initial-delay:PT2M}")
    public void sendDueReminders() {
        RunAs.run(JOB, Role.COORDINATOR, () -> {
            Instant now = time.now();
            LocalDate today = time.today();
            List<Long> toRemind = transactions.execute(tx -> mentorships.findProposalsToRemind(now.minus(ANSWER_WAIT)));
            toRemind.forEach(id -> each(id, m -> m.getStatus() == MentorshipStatus.PROPOSED
                    && m.getReminderSentAt() == null, m -> {
                        m.reminderSent(now);
                        RegisteredPerson expert = person(m.getExpertId());
                        events.publishEvent(new MentorshipProposalReminderDue(m.getId(), expert.getId(),
                                expert.getName(), m.getKind(), Contact.of(person(m.getSupporterId()))));
                    }));
            List<Long> unanswered = transactions.execute(tx ->
                    mentorships.findProposalsUnanswered(now.minus(ANSWER_WAIT)));
            unanswered.forEach(id -> each(id, m -> m.getStatus() == MentorshipStatus.PROPOSED
                    && m.getCoordinatorToldAt() == null, m -> {
                        m.coordinatorTold(now);
                        RegisteredPerson expert = person(m.getExpertId());
                        events.publishEvent(new MentorshipProposalUnanswered(m.getId(), expert.getId(),
                                expert.getName(), m.getKind(), person(m.getSupporterId()).getName(),
                                m.getProposedById()));
                    }));
            List<MentorshipRepository.Schedule> running = transactions.execute(tx ->
                    mentorships.findRunningMentorSchedules());
            running.stream().filter(s -> overdueNotReminded(s.getRhythm(), s.getStartedOn(), s.getLastHeldOn(),
                    s.getReminderSentForDue(), today)).forEach(s -> each(s.getId(), m -> true, m -> {
                        // read again inside the transaction: a check-in logged meanwhile cancels the reminder
                        LocalDate last = checkIns.findLastHeldOn(m.getId());
                        if (m.getStatus() != MentorshipStatus.ACTIVE || !overdueNotReminded(m.getRhythm(),
                                m.getStartedOn(), last, m.getReminderSentForDue(), today)) {
                            return;
                        }
                        LocalDate due = CheckInSchedule.due(m.getRhythm(), m.getStartedOn(), last);
                        m.checkInReminderSent(due);
                        events.publishEvent(new CheckInOverdue(m.getId(), m.getExpertId(), due,
                                Contact.of(person(m.getExpertId())), Contact.of(person(m.getSupporterId()))));
                    }));
        });
    }

    private static boolean overdueNotReminded(CheckInRhythm rhythm, LocalDate startedOn, LocalDate last,
                                              LocalDate remindedFor, LocalDate today) {
        LocalDate due = CheckInSchedule.due(rhythm, startedOn, last);
        return CheckInSchedule.overdue(due, today) && !due.equals(remindedFor);
    }

    private RegisteredPerson person(long id) {
        return people.findById(id).orElseThrow();
    }

    /** One reminder in a transaction of its own, so one failure neither blocks nor repeats the others. */
    private void each(long mentorshipId, Predicate<Mentorship> stillDue, Consumer<Mentorship> remind) {
        try {
            transactions.executeWithoutResult(tx -> mentorships.findById(mentorshipId).filter(stillDue)
                    .ifPresent(remind));
        } catch (RuntimeException e) {
            log.warn("Begeleiding reminder for mentorship {} not sent now, will try again: {}", mentorshipId,
                    e.toString());
        }
    }
}
