package nl.kwartiermaker.notification;

import java.time.Clock;
import org.springframework.context.ApplicationContext;

/** Lets tests of other features send what waits in the outbox, without reaching into this feature's internals. */
public final class OutboxDelivery {

    private OutboxDelivery() {
    }

    /** Sends every mail that is due now (see {@link DueMail#deliverAll}). */
    public static void deliverAll(ApplicationContext context) {
        DueMail.deliverAll(context.getBean(MailDispatcher.class), context.getBean(OutgoingMailRepository.class),
                context.getBean(Clock.class));
    }
}
