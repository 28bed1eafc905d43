package io.masthead.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.masthead.support.Html;
import io.masthead.support.RunningInstances;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Durability after kill -9 (docker/ops/check-durability): the script publishes through the
 * newsroom and kills the JVM the moment a publish is acknowledged, round after round, then starts
 * the app again on the same files. Every acknowledged publish (it.acknowledged, their ids) is then
 * served to readers, and the last one is on /latest/.
 */
class DurabilityAfterKillIT {

    @Test
    void everyAcknowledgedPublishIsServedAfterTheKills() {
        String origin = RunningInstances.origins(1).get(0);
        List<Long> acknowledged = Arrays.stream(System.getProperty("it.acknowledged", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        assumeFalse(acknowledged.isEmpty(), "it.acknowledged names no article");
        List<Long> lost = acknowledged.stream().filter(id -> RunningInstances.canonicalPath(origin, id) == null).toList();
        RunningInstances.measured("acknowledged publishes " + acknowledged.size() + ", served after the kills "
                + (acknowledged.size() - lost.size()) + ", lost " + lost.size());
        assertEquals(List.of(), lost, "acknowledged publishes no longer served after kill -9");
        String last = RunningInstances.canonicalPath(origin, acknowledged.get(acknowledged.size() - 1));
        assertNotNull(Html.get(origin + last).selectFirst("h1"), last);
        assertFalse(Html.get(origin + "/latest/").select("a[href=\"" + last + "\"]").isEmpty(),
                "the last acknowledged story " + last + " is not on /latest/");
    }
}
