package nl.kwartiermaker.mentoring;

import nl.kwartiermaker.base.InvalidInput;

/**
 * An expert with how the signed-in person stands towards them, read once. {@link MentoringAccess#visible} works out
 * the relation too, but does not return it; a section that needs both would read it twice (up to three statements
 * each time), and the expert page's sections are built from few statements.
 */
record SeenExpert(RegisteredPerson person, MentoringAccess.Relation relation) {

    /** The expert and the relation, when the signed-in person may see them; "not found" otherwise, as visible(). */
    static SeenExpert read(RegisteredPersonRepository people, MentoringAccess access, long personId) {
        RegisteredPerson person = people.findById(personId)
                .orElseThrow(() -> new InvalidInput("mentoring.error.notfound"));
        MentoringAccess.Relation relation = access.relationTo(person);
        InvalidInput.require(relation.mayView(), "mentoring.error.notfound");
        return new SeenExpert(person, relation);
    }
}
