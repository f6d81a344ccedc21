package nl.kwartiermaker.roledescription;

/** Step 6 of the builder: the support the expert gets and the way they can grow. */
public record SupportAndDevelopment(boolean mentor, boolean intervision, boolean supervision,
                                    boolean professionalNetwork, String support, boolean pathToPaid,
                                    String development) {

    public static final String MENTOR = "mentor";
    public static final String INTERVISION = "intervision";
    public static final String SUPERVISION = "supervision";
    public static final String PROFESSIONAL_NETWORK = "professionalNetwork";
    public static final String SUPPORT = "support";
    public static final String PATH_TO_PAID = "pathToPaid";
    public static final String DEVELOPMENT = "development";

    public SupportAndDevelopment {
        support = RoleDescriptionContent.clean(support);
        development = RoleDescriptionContent.clean(development);
    }
}
