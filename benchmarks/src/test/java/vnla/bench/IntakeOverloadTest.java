package vnla.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which rate counts as sustainable and how the overload goals are judged, without a running service. */
class IntakeOverloadTest {

    @Test
    void aRateIsHeldOnlyWithEveryAnswerA201EnoughThroughputAndP99WithinTheGoal() {
        assertTrue(IntakeOverload.held(result(200, 199, 0, 0, 240), 250));
        assertFalse(IntakeOverload.held(result(300, 290, 0, 0, 900), 250), "p99 past the goal");
        assertFalse(IntakeOverload.held(result(300, 290, 12, 0, 100), 250), "some were refused");
        assertFalse(IntakeOverload.held(result(300, 250, 0, 0, 100), 250), "fell behind the offered rate");
    }

    @Test
    void goalIsMetOnlyWithNoServerErrorEnoughGoodputAndAShortP99() {
        Options o = Options.parse();
        IntakeOverload.Result good = new IntakeOverload.Result(200, 2, result(200, 200, 0, 0, 50), result(400, 185, 6000, 0, 200));
        IntakeOverload.Result fiveHundreds = new IntakeOverload.Result(200, 2, result(200, 200, 0, 0, 50), result(400, 185, 6000, 3, 200));
        IntakeOverload.Result slow = new IntakeOverload.Result(200, 2, result(200, 200, 0, 0, 50), result(400, 185, 6000, 0, 300));

        assertEquals(0.925, good.goodputShare(), 1e-9);
        assertEquals("met", OverloadReport.goal(o, List.of(good)).get(2));
        assertTrue(OverloadReport.goal(o, List.of(fiveHundreds)).get(2).contains("missed"));
        assertTrue(OverloadReport.goal(o, List.of(slow)).get(2).contains("missed"));
    }

    private static IntakeLoad.Result result(double offered, double achieved, long refused, long serverErrors, double p99) {
        long ok = (long) achieved * 60;
        long scheduled = ok + refused + serverErrors;
        Latency latency = new Latency(ok, p99 / 4, p99, p99, p99);
        return new IntakeLoad.Result(offered, 60, scheduled, ok, scheduled - ok, achieved, latency, 0, Map.of(), refused,
                serverErrors, new Latency(refused, 1, 2, 3, 4));
    }
}
