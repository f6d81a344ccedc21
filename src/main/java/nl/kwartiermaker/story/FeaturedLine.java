package nl.kwartiermaker.story;

/** A featured person as the editor and the consent page list them: their consent state and who recorded what. */
public record FeaturedLine(FeaturedPerson person, ConsentState state, String takenByName, String withdrawnByName) {

    public boolean hasAccount() {
        return person.getUserId() != null;
    }
}
