package nl.kwartiermaker.organisation;

/**
 * The organisation's name and logo as other features read them; an empty logo means none was uploaded. The version
 * goes back with a change, so a concurrent change is detected.
 */
public record OrganisationSettings(String name, byte[] logo, String logoType, long version) {

    public boolean hasLogo() {
        return logo.length > 0;
    }

    public byte[] logo() {
        return logo.clone();
    }
}
