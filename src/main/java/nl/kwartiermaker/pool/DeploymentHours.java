package nl.kwartiermaker.pool;

import java.math.BigDecimal;

/** Realised hours of one deployment, summed in the database. */
record DeploymentHours(long deploymentId, BigDecimal hours) {
}
