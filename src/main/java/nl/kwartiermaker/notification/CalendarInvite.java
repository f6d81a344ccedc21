package nl.kwartiermaker.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An invitation to one meeting as an iCalendar file (RFC 5545, method REQUEST) for one attendee, attached to a mail so
 * the meeting lands in their calendar. It lives here, with the mail, rather than in the feature that plans the
 * meeting: it is a mail format, any feature's listener can send one, and the features stay free of mail details.
 *
 * <p>{@code uid} stays the same for one meeting and {@code sequence} grows with each change, so a changed invitation
 * replaces the earlier one in the calendar instead of adding a second appointment. Times are local times in
 * Europe/Amsterdam, the portal's zone, written with that zone's rules so every calendar shows the right hour.
 */
record CalendarInvite(String uid, long sequence, LocalDateTime start, Duration duration, String summary,
                      String location, String description, Person organizer, Person attendee) {

    /** Someone in the invitation: a name to show and the address calendars answer to. */
    record Person(String name, String email) {
    }

    static final String FILE_NAME = "uitnodiging.ics";
    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    static final String ZONE = "Europe/Amsterdam";
    /** RFC 5545 3.1: a content line longer than this many octets is folded. */
    static final int LINE_OCTETS = 75;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String CRLF = "\r\n";

    /** Central European time since 1996: summer time from the last Sunday of March to the last of October. */
    private static final String AMSTERDAM = String.join(CRLF,
            "BEGIN:VTIMEZONE", "TZID:" + ZONE,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");

    /** The file's text, made at {@code stamp} (DTSTAMP): CRLF line ends, lines folded at 75 octets. */
    String toIcs(Instant stamp) {
        StringBuilder ics = new StringBuilder();
        for (String line : new String[] {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kwartiermaker//Begeleiding//NL",
                "CALSCALE:GREGORIAN", "METHOD:REQUEST", AMSTERDAM, "BEGIN:VEVENT",
                "UID:" + uid,
                "SEQUENCE:" + sequence,
                "DTSTAMP:" + LOCAL.format(stamp.atOffset(ZoneOffset.UTC)) + "Z",
                "DTSTART;TZID=" + ZONE + ":" + LOCAL.format(start),
                "DTEND;TZID=" + ZONE + ":" + LOCAL.format(start.plus(duration)),
                "SUMMARY:" + text(summary),
                "LOCATION:" + text(location),
                "DESCRIPTION:" + text(description),
                "ORGANIZER;CN=" + name(organizer.name()) + ":mailto:" + organizer.email(),
                "ATTENDEE;CN=" + name(attendee.name())
                        + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + attendee.email(),
                "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"}) {
            for (String part : line.split(CRLF)) {
                ics.append(fold(part)).append(CRLF);
            }
        }
        return ics.toString();
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, a new line as \n. */
    static String text(String value) {
        return (value == null ? "" : value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A CN parameter, always quoted; a quote or control character cannot appear in one (RFC 5545 3.1), so it goes. */
    static String name(String value) {
        return "\"" + (value == null ? "" : value).replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /**
     * Folds one content line into pieces of at most 75 octets, each next piece after CRLF and a space, never splitting
     * a character's UTF-8 bytes.
     */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append(CRLF).append(' ');
                // the leading space counts towards the next line's 75 octets
                octets = 0;
                limit = LINE_OCTETS - 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
