package vnla.cases.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vnla.cases.agreement.AgreementService.Standing;
import vnla.common.event.HandlingCode;
import vnla.common.event.Vocabulary.Releasability;
import vnla.common.event.Vocabulary.Tlp;

/** The release policy's decision table, without a database: handling codes, agreements' standing and the ledger. */
class ReleasePolicyTest {

    private static final String HUE = "vn.hue";
    private static final String SAVANNAKHET = "la.savannakhet";
    private static final String SEKONG = "la.sekong";
    private static final String QUANG_TRI = "vn.quangtri";

    @ParameterizedTest(name = "{0} {1}, {2} named: {3}")
    @CsvSource(nullValues = "allowed", textBlock = """
            CLEAR,        REGIONAL,      false, allowed
            GREEN,        INTERPOL,      false, allowed
            AMBER,        REGIONAL,      false, allowed
            AMBER_STRICT, INTERPOL,      false, allowed
            AMBER,        BILATERAL,     true,  allowed
            AMBER,        BILATERAL,     false, NOT_NAMED_FOR_BILATERAL_RELEASE
            GREEN,        NATIONAL_ONLY, true,  NATIONAL_ONLY
            RED,          REGIONAL,      true,  TLP_RED
            RED,          BILATERAL,     true,  TLP_RED
            RED,          NATIONAL_ONLY, true,  TLP_RED
            """)
    void handlingCodeDecidesWhoMayEverReceiveTheTip(Tlp tlp, Releasability releasability, boolean named, RefusalReason expected) {
        List<String> partners = named ? List.of(SAVANNAKHET) : List.of(SEKONG);
        assertEquals(expected, ReleasePolicy.byHandlingCode(SAVANNAKHET, new HandlingCode(tlp, releasability), partners));
    }

    @Test
    void nothingIsReleasedBeforeTriage() {
        assertEquals(RefusalReason.NOT_TRIAGED, ReleasePolicy.byHandlingCode(SAVANNAKHET, null, List.of()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "allowed", textBlock = """
            IN_FORCE,          allowed
            OUT_OF_SCOPE,      OUTSIDE_AGREEMENT_SCOPE
            SUSPENDED,         AGREEMENT_SUSPENDED
            NOT_COUNTERSIGNED, AGREEMENT_NOT_COUNTERSIGNED
            NOT_YET_IN_FORCE,  AGREEMENT_NOT_YET_IN_FORCE
            EXPIRED,           AGREEMENT_EXPIRED
            TERMINATED,        AGREEMENT_TERMINATED
            NONE,              NO_AGREEMENT
            """)
    void anAgreementsStandingGivesTheReasonToRefuse(Standing standing, RefusalReason expected) {
        assertEquals(expected, ReleasePolicy.byAgreement(standing));
    }

    @ParameterizedTest(name = "{0} {1}: persons {2}")
    @CsvSource(textBlock = """
            AMBER,        BILATERAL, true
            AMBER_STRICT, BILATERAL, true
            GREEN,        REGIONAL,  true
            AMBER,        INTERPOL,  true
            AMBER_STRICT, REGIONAL,  false
            AMBER_STRICT, INTERPOL,  false
            """)
    void personsGoToANamedAgencyOrUnlessAmberStrict(Tlp tlp, Releasability releasability, boolean persons) {
        assertEquals(persons, ReleasePolicy.personsAllowed(new HandlingCode(tlp, releasability)));
    }

    @ParameterizedTest(name = "{0} {1} after {2} {3}: narrower {4}")
    @CsvSource(textBlock = """
            AMBER, REGIONAL,  GREEN, REGIONAL,  true
            AMBER, BILATERAL, AMBER, REGIONAL,  true
            AMBER, REGIONAL,  AMBER, REGIONAL,  false
            GREEN, REGIONAL,  AMBER, REGIONAL,  false
            AMBER, INTERPOL,  AMBER, REGIONAL,  false
            """)
    void narrowerMeansAHigherTlpOrASmallerReleasability(Tlp tlp, Releasability releasability, Tlp beforeTlp,
            Releasability beforeReleasability, boolean narrower) {
        assertEquals(narrower, ReleasePolicy.narrower(new HandlingCode(tlp, releasability),
                new HandlingCode(beforeTlp, beforeReleasability)));
    }

    @Test
    void decisionNamesEachRecipientsAgreementAndEachRefusal() {
        ReleasePolicy.Decision decision = ReleasePolicy.decide(HUE, code(Tlp.AMBER, Releasability.REGIONAL), List.of(),
                List.of(SAVANNAKHET, SEKONG, QUANG_TRI), agreements(Map.of(SAVANNAKHET, Standing.IN_FORCE, SEKONG, Standing.SUSPENDED)));
        assertEquals(Map.of(SAVANNAKHET, agreementOf(SAVANNAKHET)), decision.recipients());
        assertEquals(List.of(SEKONG, QUANG_TRI), List.copyOf(decision.refusals().keySet()), "in the candidates' order");
        assertEquals(RefusalReason.AGREEMENT_SUSPENDED, decision.refusals().get(SEKONG));
        assertEquals(RefusalReason.NO_AGREEMENT, decision.refusals().get(QUANG_TRI));
    }

    @Test
    void decisionSkipsTheReceivingAgencyAndRepeatedCandidates() {
        ReleasePolicy.Decision decision = ReleasePolicy.decide(HUE, code(Tlp.GREEN, Releasability.INTERPOL), List.of(),
                List.of(HUE, SAVANNAKHET, SAVANNAKHET, SEKONG, SEKONG), agreements(Map.of(SAVANNAKHET, Standing.IN_FORCE)));
        assertEquals(List.of(SAVANNAKHET), List.copyOf(decision.recipients().keySet()));
        assertEquals(Map.of(SEKONG, RefusalReason.NO_AGREEMENT), decision.refusals());
    }

    @Test
    void theHandlingCodeRefusesBeforeAnyAgreementIsConsulted() {
        ReleasePolicy.Decision decision = ReleasePolicy.decide(HUE, code(Tlp.AMBER, Releasability.BILATERAL), List.of(SEKONG),
                List.of(SAVANNAKHET), unasked());
        assertTrue(decision.recipients().isEmpty());
        assertEquals(Map.of(SAVANNAKHET, RefusalReason.NOT_NAMED_FOR_BILATERAL_RELEASE), decision.refusals());
    }

    @Test
    void aTipNeverReleasedOrWithdrawnIsWithheldWhateverItsCode() {
        HandlingCode open = code(Tlp.CLEAR, Releasability.INTERPOL);
        assertEquals(withheld(RefusalReason.NOT_RELEASED), ReleasePolicy.sight(null, SAVANNAKHET, open, List.of(), unasked()));
        assertEquals(withheld(RefusalReason.WITHDRAWN),
                ReleasePolicy.sight(ReleaseEntry.Kind.WITHDRAWN, SAVANNAKHET, open, List.of(), unasked()));
    }

    @Test
    void aStandingReleaseShowsTheTipWhileCodeAndAgreementAllowIt() {
        ReleasePolicy.Agreements inForce = agreements(Map.of(SAVANNAKHET, Standing.IN_FORCE));
        assertEquals(new ReleasePolicy.Sight(ReleasePolicy.Access.RELEASED, null),
                ReleasePolicy.sight(ReleaseEntry.Kind.RELEASED, SAVANNAKHET, code(Tlp.AMBER, Releasability.REGIONAL), List.of(), inForce));
        assertEquals(new ReleasePolicy.Sight(ReleasePolicy.Access.RELEASED_WITHOUT_PERSONS, null),
                ReleasePolicy.sight(ReleaseEntry.Kind.NARROWED, SAVANNAKHET, code(Tlp.AMBER_STRICT, Releasability.REGIONAL), List.of(),
                        inForce));
        assertEquals(withheld(RefusalReason.TLP_RED),
                ReleasePolicy.sight(ReleaseEntry.Kind.RELEASED, SAVANNAKHET, code(Tlp.RED, Releasability.REGIONAL), List.of(), inForce));
        assertEquals(withheld(RefusalReason.AGREEMENT_EXPIRED),
                ReleasePolicy.sight(ReleaseEntry.Kind.RELEASED, SAVANNAKHET, code(Tlp.AMBER, Releasability.REGIONAL), List.of(),
                        agreements(Map.of(SAVANNAKHET, Standing.EXPIRED))));
    }

    @Test
    void sightSaysWhetherContentAndPersonsShow() {
        assertTrue(new ReleasePolicy.Sight(ReleasePolicy.Access.OWNER, null).seesPersons());
        assertTrue(new ReleasePolicy.Sight(ReleasePolicy.Access.RELEASED_WITHOUT_PERSONS, null).seesContent());
        assertFalse(new ReleasePolicy.Sight(ReleasePolicy.Access.RELEASED_WITHOUT_PERSONS, null).seesPersons());
        assertFalse(withheld(RefusalReason.NOT_RELEASED).seesContent());
        assertNull(new ReleasePolicy.Sight(ReleasePolicy.Access.RELEASED, null).reason());
    }

    private static HandlingCode code(Tlp tlp, Releasability releasability) {
        return new HandlingCode(tlp, releasability);
    }

    private static ReleasePolicy.Sight withheld(RefusalReason reason) {
        return new ReleasePolicy.Sight(ReleasePolicy.Access.WITHHELD, reason);
    }

    private static UUID agreementOf(String candidate) {
        return UUID.nameUUIDFromBytes((HUE + "/" + candidate).getBytes(StandardCharsets.UTF_8));
    }

    /** Agreements of the receiving agency with each candidate; an agency not named has none. */
    private static ReleasePolicy.Agreements agreements(Map<String, Standing> standings) {
        return new ReleasePolicy.Agreements() {
            @Override
            public Optional<UUID> inForce(String candidate) {
                return standings.get(candidate) == Standing.IN_FORCE ? Optional.of(agreementOf(candidate)) : Optional.empty();
            }

            @Override
            public Standing standing(String candidate) {
                return standings.getOrDefault(candidate, Standing.NONE);
            }
        };
    }

    /** Agreements that must not be consulted: the handling code or the ledger decides first. */
    private static ReleasePolicy.Agreements unasked() {
        return new ReleasePolicy.Agreements() {
            @Override
            public Optional<UUID> inForce(String candidate) {
                throw new AssertionError("agreement with " + candidate + " consulted");
            }

            @Override
            public Standing standing(String candidate) {
                throw new AssertionError("agreement with " + candidate + " consulted");
            }
        };
    }
}
