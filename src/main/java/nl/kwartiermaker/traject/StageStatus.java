package nl.kwartiermaker.traject;

/**
 * How a stage is shown on a traject's page, by the one rule of decision 0004 ("Phase guidance"): a stage the traject
 * has left is {@link #DONE} only when its checklist is complete; a stage left with open steps stays
 * {@link #LEFT_OPEN}, so nobody reads a green mark over unfinished work.
 */
public enum StageStatus {
    DONE, LEFT_OPEN, CURRENT, LATER;

    /**
     * The checklist a stage is judged by: the go/no-go moment has no checklist of its own and is judged by the
     * verkenning it decides on.
     */
    public static Stage checklistOf(Stage stage) {
        return stage == Stage.GO_NO_GO ? Stage.VERKENNING : stage;
    }
}
