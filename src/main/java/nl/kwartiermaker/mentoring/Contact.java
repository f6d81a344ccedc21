package nl.kwartiermaker.mentoring;

/**
 * How to reach someone in the register with a message: their account when they have one ({@code userId}), otherwise
 * their e-mail address if the register knows it; {@code name} as the register has it.
 */
public record Contact(Long userId, String email, String name) {

    static Contact of(RegisteredPerson person) {
        return new Contact(person.getUserId(), person.getEmail(), person.getName());
    }
}
