package nl.kwartiermaker.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kwartiermaker.base.Role;

/** A person in the traject's working group, with the role they have there. Refers to the user by id. */
@Embeddable
public record Membership(
        @Column(name = "user_id", nullable = false) long userId,
        @Enumerated(EnumType.STRING) @Column(name = "member_role", nullable = false, length = 40) Role role) {
}
