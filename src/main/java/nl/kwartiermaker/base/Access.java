package nl.kwartiermaker.base;

/**
 * Access rules for service methods, as Spring Security expressions. Views carry Vaadin's jakarta annotations instead;
 * services use {@code @PreAuthorize} so that Spring does not wrap every view in a security proxy.
 */
public final class Access {

    public static final String BEHEERDER = "hasRole('" + Role.Names.BEHEERDER + "')";
    public static final String SIGNED_IN = "isAuthenticated()";
    /** Everyone of the organisation's own staff: every signed-in person except a partner municipality's contact. */
    public static final String STAFF = "hasRole('" + Role.Names.STAFF + "')";
    /** Only for what sign-in itself needs, before anyone is authenticated. */
    public static final String ANYONE = "permitAll()";

    private Access() {
    }
}
