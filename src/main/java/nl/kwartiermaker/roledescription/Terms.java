package nl.kwartiermaker.roledescription;

/** Step 5 of the builder: the terms of employment — kind of work, hours, pay, collective agreement, conditions. */
public record Terms(EmploymentType employmentType, Integer hoursPerWeek, String payGuidance,
                    String collectiveAgreement, String conditions) {

    public static final String EMPLOYMENT_TYPE = "employmentType";
    public static final String HOURS_PER_WEEK = "hoursPerWeek";
    public static final String PAY_GUIDANCE = "payGuidance";
    public static final String COLLECTIVE_AGREEMENT = "collectiveAgreement";
    public static final String CONDITIONS = "conditions";

    public Terms {
        payGuidance = RoleDescriptionContent.clean(payGuidance);
        collectiveAgreement = RoleDescriptionContent.clean(collectiveAgreement);
        conditions = RoleDescriptionContent.clean(conditions);
    }
}
