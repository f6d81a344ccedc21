package nl.kwartiermaker.base;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One person a data-subject request is about: their account (when they have one) and every e-mail address and name by
 * which the portal's records know them, including records not linked to an account (a register entry, a person named
 * in a story). Each {@link PersonalDataHolder} finds its own records by these. {@code pseudonym} replaces the person
 * where a record stays after erasure; it is null while only searching or exporting.
 */
public record PersonRef(Long userId, Set<String> emails, Set<String> names, String pseudonym) {

    public PersonRef {
        // addresses are stored in lower case everywhere; the order is kept for the label
        emails = cleaned(emails.stream().filter(Objects::nonNull).map(e -> e.toLowerCase(Locale.ROOT)));
        names = cleaned(names.stream());
    }

    private static Set<String> cleaned(Stream<String> texts) {
        Set<String> cleaned = texts.filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Collections.unmodifiableSet(cleaned);
    }

    public static PersonRef of(Long userId, String email, String name) {
        return new PersonRef(userId, email == null ? Set.of() : Set.of(email), name == null ? Set.of() : Set.of(name),
                null);
    }

    public PersonRef withPseudonym(String pseudonym) {
        return new PersonRef(userId, emails, names, pseudonym);
    }

    /**
     * The same person as the other when they share an account or an address, or when one of them is a bare name (a
     * record without account or address, such as someone named in a story) that the other also has. The holders
     * find records by the same rule.
     */
    public boolean samePersonAs(PersonRef other) {
        if (userId != null && other.userId != null) {
            return userId.equals(other.userId);
        }
        if (emails.stream().anyMatch(other.emails::contains)) {
            return true;
        }
        return (isBareName() || other.isBareName()) && names.stream().anyMatch(other.names::contains);
    }

    private boolean isBareName() {
        return userId == null && emails.isEmpty();
    }

    public PersonRef merge(PersonRef other) {
        Set<String> allEmails = new LinkedHashSet<>(emails);
        allEmails.addAll(other.emails);
        Set<String> allNames = new LinkedHashSet<>(names);
        allNames.addAll(other.names);
        return new PersonRef(userId != null ? userId : other.userId, allEmails, allNames, pseudonym);
    }

    /** Whether a free text (a mail, a note, an audit detail) names the person by one of their names or addresses. */
    public boolean isNamedIn(String text) {
        return text != null && !text.isEmpty() && identifying().matcher(text).find();
    }

    /** The text with every one of the person's names and addresses replaced by the pseudonym. */
    public String pseudonymise(String text) {
        if (!isNamedIn(text)) {
            return text;
        }
        return identifying().matcher(text).replaceAll(Matcher.quoteReplacement(pseudonym));
    }

    /** Longest first, so an address is replaced whole before a name inside it. */
    private Pattern identifying() {
        String alternatives = Stream.concat(emails.stream(), names.stream())
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile(alternatives.isEmpty() ? "(?!)" : alternatives,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** How the Beheerder recognises the person: name and address. */
    public String label() {
        String name = names.stream().findFirst().orElse("");
        String email = emails.stream().findFirst().orElse("");
        return name.isEmpty() ? email : email.isEmpty() ? name : name + " (" + email + ")";
    }
}
