package nl.kwartiermaker.story;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's digest is due: the stories published on the digest channel in the period from {@code firstDay} to
 * {@code lastDay}. Published inside the transaction that records the period as sent; the mail is queued by a
 * synchronous listener in the same transaction, so both happen or neither. The opt-out token is a secret: only its
 * hash is stored, the mail keeps it sealed until sent.
 */
public record StoryDigestDue(long userId, DigestFrequency frequency, LocalDate firstDay, LocalDate lastDay,
                             List<DigestedStory> stories, String optOutToken) {

    public StoryDigestDue {
        stories = List.copyOf(stories);
    }

    /** One story as the digest lists it: no body, no names beyond what the title and summary say. */
    public record DigestedStory(String title, String summary, String slug) {
    }

    @Override
    public String toString() {
        return "StoryDigestDue[userId=" + userId + ", " + frequency + " " + firstDay + ".." + lastDay + ", "
                + stories.size() + " stories]";
    }
}
