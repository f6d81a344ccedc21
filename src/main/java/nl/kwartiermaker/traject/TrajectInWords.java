package nl.kwartiermaker.traject;

import java.util.List;

/**
 * A traject as staff and experts by experience need it on their Overzicht (issue 11, "A home for staff"): where it
 * stands, whether that stage's steps are all done, who to ask (the project lead), and the coming activities. The card
 * says it in words; what happens next follows from the stage.
 */
public record TrajectInWords(long id, String name, String organisationUnit, Stage stage, boolean stageComplete,
                             String projectLead, List<TrajectActivity> upcoming) {

    public TrajectInWords {
        upcoming = List.copyOf(upcoming);
    }
}
