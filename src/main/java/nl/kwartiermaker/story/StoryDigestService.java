package nl.kwartiermaker.story;

import java.util.Optional;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone's own choice to get the digest of new stories, and the opt-out link in every digest, which works without
 * signing in: whoever has the mail may stop it.
 */
@Service
@Transactional(readOnly = true)
public class StoryDigestService {

    private final StoryDigestRepository subscriptions;
    private final StoryAccess access;
    private final PortalTime time;

    StoryDigestService(StoryDigestRepository subscriptions, StoryAccess access, PortalTime time) {
        this.subscriptions = subscriptions;
        this.access = access;
        this.time = time;
    }

    /** How often I get the digest; empty: not at all. */
    @PreAuthorize(StoryAccess.MAY_USE)
    public Optional<DigestFrequency> myFrequency() {
        return subscriptions.findByUserId(access.me().id()).map(StoryDigestSubscription::getFrequency);
    }

    /** Starts my digest, or changes how often it comes. */
    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional
    public void subscribe(DigestFrequency frequency) {
        long me = access.me().id();
        subscriptions.findByUserId(me).ifPresentOrElse(s -> s.change(frequency),
                () -> subscriptions.save(new StoryDigestSubscription(me, frequency, time.now())));
    }

    @PreAuthorize(StoryAccess.MAY_USE)
    @Transactional
    public void stop() {
        subscriptions.findByUserId(access.me().id()).ifPresent(subscriptions::delete);
    }

    /**
     * Stops the digest of whoever received the mail with this token.
     *
     * @return whether the token belonged to a digest that was still coming (false also for a stopped one)
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public boolean optOut(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return false;
        }
        Optional<StoryDigestSubscription> subscription = subscriptions.findByOptOutHash(SecretTokens.hash(token));
        subscription.ifPresent(subscriptions::delete);
        return subscription.isPresent();
    }
}
