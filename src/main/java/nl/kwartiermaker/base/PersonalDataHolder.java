package nl.kwartiermaker.base;

import java.util.List;

/**
 * A feature that holds personal data answers data-subject requests for its own records (decision 0015): it finds
 * people its records name, exports what it holds about one, and erases or anonymises it. Nothing central reads another
 * feature's tables; a feature that stores personal data gives one package-private bean of this kind and lists its
 * fields in docs/privacy.md. The methods run inside the request's transaction, after its access check.
 */
public interface PersonalDataHolder {

    /** The feature's name, as in the export and the i18n key {@code privacy.feature.<name>}. */
    String feature();

    /**
     * People this feature knows by a name or address containing the text. Only features with records of people
     * without an account (or with their own copy of a name) need to answer; accounts are found by the user feature.
     */
    default List<PersonRef> find(String text) {
        return List.of();
    }

    /**
     * The person with the names and addresses this feature holds for their account added (the account's own address,
     * a register entry's name), so that every feature then finds the records that name them in any of these ways.
     */
    default PersonRef complete(PersonRef person) {
        return person;
    }

    PersonalDataSection export(PersonRef person);

    /**
     * Removes or anonymises what this feature holds about the person, replacing them by {@code person.pseudonym()}
     * where a record must stay; returns how many records it changed or deleted.
     */
    int erase(PersonRef person);

    /**
     * Holders erase in ascending order. A feature that other features find the person through (the register, the
     * account) erases after them.
     */
    default int erasureOrder() {
        return 0;
    }
}
