package nl.kwartiermaker.base;

import java.util.Locale;

/**
 * The portal's roles (PRODUCT.md §1). A person can hold several. Respondents of a scan have no account and so no role.
 * The nested {@link Names} constants exist because access annotations need compile-time strings.
 */
public enum Role {
    BEHEERDER,
    PROJECTLEIDER,
    HR_ADVISEUR,
    COORDINATOR,
    MEDEWERKER,
    ERVARINGSDESKUNDIGE,
    MENTOR,
    /** Runs a regional pool of experts shared by partner municipalities (seed 003). */
    POOL_COORDINATOR,
    /** A partner municipality's contact for the regional pool: sees their own municipality's part only. */
    PARTNER_CONTACT;

    /** Spring Security authority, e.g. {@code ROLE_BEHEERDER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** i18n key of the role's display name. */
    public String labelKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }

    public static final class Names {
        public static final String BEHEERDER = "BEHEERDER";
        public static final String PROJECTLEIDER = "PROJECTLEIDER";
        public static final String HR_ADVISEUR = "HR_ADVISEUR";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String MEDEWERKER = "MEDEWERKER";
        public static final String ERVARINGSDESKUNDIGE = "ERVARINGSDESKUNDIGE";
        public static final String MENTOR = "MENTOR";
        public static final String POOL_COORDINATOR = "POOL_COORDINATOR";
        public static final String PARTNER_CONTACT = "PARTNER_CONTACT";

        private Names() {
        }
    }
}
