package nl.kwartiermaker.organisation;

/**
 * The organisation's name and logo as other features read them. The logo is always one the portal encoded itself and
 * can be read; it is empty when none was uploaded, and also when the stored one cannot be read, which
 * {@code storedLogoUnreadable} then says (so the Beheerder is told to upload it again). The version goes back with a
 * change, so a concurrent change is detected.
 */
public record OrganisationSettings(String name, byte[] logo, String logoType, boolean storedLogoUnreadable,
                                   long version) {

    public boolean hasLogo() {
        return logo.length > 0;
    }

    public byte[] logo() {
        return logo.clone();
    }
}
