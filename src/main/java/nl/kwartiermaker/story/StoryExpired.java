package nl.kwartiermaker.story;

/**
 * A published story ended by itself: its publish-until moment passed, or ({@code consentExpired}) a featured person's
 * consent ran out.
 */
public record StoryExpired(long storyId, String title, long authorId, boolean consentExpired) {
}
