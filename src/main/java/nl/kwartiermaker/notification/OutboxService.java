package nl.kwartiermaker.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox in sight for the Beheerder (issue 19, decision 0018): what waits, what is being retried and why, what
 * was given up, and trying a given-up mail again. Shows who a mail goes to, its subject and kind, never its body or
 * personal link.
 */
@Service
@Transactional(readOnly = true)
public class OutboxService {

    private final OutgoingMailRepository outbox;
    private final SignedInUser signedInUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxService(OutgoingMailRepository outbox, SignedInUser signedInUser, ApplicationEventPublisher events,
                  Clock clock) {
        this.outbox = outbox;
        this.signedInUser = signedInUser;
        this.events = events;
        this.clock = clock;
    }

    /** How many mails stand in each state, and when the oldest mail still to be sent was queued (null: none). */
    public record Overview(Map<OutboxState, Long> counts, Instant oldestUnsent) {

        public long count(OutboxState state) {
            return counts.getOrDefault(state, 0L);
        }
    }

    @PreAuthorize(Access.BEHEERDER)
    public Overview overview() {
        return overviewOf(outbox.countPerStatus());
    }

    /** One page of the mails in a state, in the order that matters for it (see {@link #order}). */
    @PreAuthorize(Access.BEHEERDER)
    public List<OutboxEntry> list(OutboxState state, int offset, int limit) {
        return outbox.findEntries(state.statuses, state.fewestAttempts, state.mostAttempts,
                PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), order(state)));
    }

    /**
     * For the Beheerder's Overzicht: how many mails were given up, when there are any. Anyone else gets nothing, and
     * no query is made for them.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<Long> failedForBeheerder() {
        boolean beheerder = signedInUser.current().map(me -> me.roles().contains(Role.BEHEERDER)).orElse(false);
        if (!beheerder) {
            return Optional.empty();
        }
        long failed = outbox.countByStatus(OutgoingMail.Status.FAILED);
        return failed == 0 ? Optional.empty() : Optional.of(failed);
    }

    /**
     * Puts a given-up mail back in the queue as new: the dispatcher sends it at its next run, with the Message-ID it
     * always had. A mail whose personal link was forgotten when it was given up cannot be sent again. The version the
     * Beheerder saw must still be the row's, so two Beheerders retrying at once queue it once.
     */
    @PreAuthorize(Access.BEHEERDER)
    @Transactional
    public void retry(long mailId, long seenVersion) {
        OutgoingMail mail = outbox.findById(mailId).orElseThrow(() -> new InvalidInput("outbox.error.gone"));
        if (mail.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(OutgoingMail.class, mailId);
        }
        InvalidInput.require(mail.getStatus() == OutgoingMail.Status.FAILED, "outbox.error.notfailed");
        InvalidInput.require(!mail.lostItsSecret(), "outbox.error.link");
        mail.retry(clock.instant());
        events.publishEvent(new OutboxMailRetried(mail.getId(), mail.getRecipient()));
    }

    static Overview overviewOf(List<Object[]> perStatus) {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        Instant oldest = null;
        for (Object[] row : perStatus) {
            OutgoingMail.Status status = (OutgoingMail.Status) row[0];
            long rows = ((Number) row[1]).longValue();
            long retried = row[2] == null ? 0 : ((Number) row[2]).longValue();
            Instant created = (Instant) row[3];
            switch (status) {
                case PENDING, SENDING -> {
                    counts.merge(OutboxState.WAITING, rows - retried, Long::sum);
                    counts.merge(OutboxState.RETRYING, retried, Long::sum);
                    if (created != null && (oldest == null || created.isBefore(oldest))) {
                        oldest = created;
                    }
                }
                case FAILED -> counts.merge(OutboxState.FAILED, rows, Long::sum);
                case SENT -> counts.merge(OutboxState.SENT, rows, Long::sum);
            }
        }
        return new Overview(Map.copyOf(counts), oldest);
    }

    /** Waiting mail in the order it goes out; given-up and sent mail newest first. */
    private static Sort order(OutboxState state) {
        return switch (state) {
            case WAITING, RETRYING -> Sort.by("nextAttemptAt", "id");
            case FAILED -> Sort.by(Sort.Direction.DESC, "id");
            case SENT -> Sort.by(Sort.Direction.DESC, "sentAt", "id");
        };
    }
}
