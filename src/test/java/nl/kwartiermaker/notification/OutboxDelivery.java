package nl.kwartiermaker.notification;

import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Limit;

/** Lets tests of other features send what waits in the outbox, without reaching into this feature's internals. */
public final class OutboxDelivery {

    private OutboxDelivery() {
    }

    /** Sends every mail that is due now (see {@link DueMail#deliverAll}). */
    public static void deliverAll(ApplicationContext context) {
        DueMail.deliverAll(context.getBean(MailDispatcher.class), context.getBean(OutgoingMailRepository.class),
                context.getBean(Clock.class));
    }

    /** Queues a plain mail, as a feature's notification would. */
    public static void queue(ApplicationContext context, String recipient, String subject, String body) {
        context.getBean(OutgoingMailRepository.class).save(new OutgoingMail(recipient, subject, body,
                context.getBean(Clock.class).instant()));
    }

    /** One turn of the dispatcher, as its schedule would start it (and, as then, skipped while another has the turn). */
    public static void dispatchOnce(ApplicationContext context) {
        context.getBean(MailDispatcher.class).deliverDueMail();
    }

    /** Whether any mail is due now. */
    public static boolean anyDue(ApplicationContext context) {
        return !context.getBean(OutgoingMailRepository.class)
                .findDue(context.getBean(Clock.class).instant(), Limit.of(1)).isEmpty();
    }
}
