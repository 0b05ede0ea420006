package vnla.cases.agreement;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vnla.cases.agency.Agencies;
import vnla.cases.config.CasesConfig;
import vnla.common.idempotency.Idempotency;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.web.Page;

/** Records cooperation agreements and answers whether one is in force between two agencies at an instant. */
@ApplicationScoped
public class AgreementService {

    /** Where the agreements between two agencies stand at an instant. */
    public enum Standing { IN_FORCE, EXPIRED, NOT_YET_IN_FORCE, NONE }

    private final Agencies agencies;
    private final Caller caller;
    private final CasesConfig config;

    public AgreementService(Agencies agencies, Caller caller, CasesConfig config) {
        this.agencies = agencies;
        this.caller = caller;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created record(AgreementRequests.NewAgreement request) {
        String first = request.agencies().get(0);
        String second = request.agencies().get(1);
        for (int i = 0; i < 2; i++) {
            if (!agencies.exists(request.agencies().get(i))) {
                throw ProblemException.badField("agencies[" + i + "]", "is not a known agency");
            }
        }
        if (first.equals(second)) {
            throw ProblemException.badField("agencies", "must name two different agencies");
        }
        if (request.validTo() != null && !request.validTo().isAfter(request.validFrom())) {
            throw ProblemException.badField("validTo", "must be after validFrom");
        }
        CooperationAgreement agreement = new CooperationAgreement();
        agreement.id = UUID.randomUUID();
        agreement.agencyA = first.compareTo(second) < 0 ? first : second;
        agreement.agencyB = first.compareTo(second) < 0 ? second : first;
        agreement.title = request.title();
        agreement.validFrom = startOf(request.validFrom());
        agreement.validTo = request.validTo() == null ? null : startOf(request.validTo());
        agreement.recordedBy = caller.subject();
        agreement.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        agreement.persist();
        return new Idempotency.Created(URI.create("/api/v1/agreements/" + agreement.id), view(agreement));
    }

    public AgreementView find(UUID id) {
        CooperationAgreement agreement = CooperationAgreement.findById(id);
        if (agreement == null) {
            throw ProblemException.notFound("Agreement " + id);
        }
        return view(agreement);
    }

    public Page<AgreementView> list(String agency, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String query = "1 = 1";
        if (agency != null) {
            query = "agencyA = :agency or agencyB = :agency";
            params.put("agency", agency);
        }
        var found = CooperationAgreement.<CooperationAgreement>find(query, Sort.by("agencyA").and("agencyB").and("validFrom"), params)
                .page(io.quarkus.panache.common.Page.of(page, size));
        return new Page<>(found.list().stream().map(this::view).toList(), page, size, found.count());
    }

    /** Whether information may flow between the two agencies at {@code instant}, and if not, why. */
    public Standing standing(String one, String other, OffsetDateTime instant) {
        String a = one.compareTo(other) < 0 ? one : other;
        String b = one.compareTo(other) < 0 ? other : one;
        List<CooperationAgreement> agreements = CooperationAgreement.list("agencyA = ?1 and agencyB = ?2", a, b);
        if (agreements.stream().anyMatch(agreement -> agreement.inForceAt(instant))) {
            return Standing.IN_FORCE;
        }
        if (agreements.stream().anyMatch(agreement -> agreement.validTo != null && !instant.isBefore(agreement.validTo))) {
            return Standing.EXPIRED;
        }
        return agreements.isEmpty() ? Standing.NONE : Standing.NOT_YET_IN_FORCE;
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(config.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private LocalDate dayOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(config.zone()).toLocalDate();
    }

    private AgreementView view(CooperationAgreement agreement) {
        return new AgreementView(agreement.id, List.of(agreement.agencyA, agreement.agencyB), agreement.title,
                dayOf(agreement.validFrom), agreement.validTo == null ? null : dayOf(agreement.validTo),
                agreement.inForceAt(OffsetDateTime.now(ZoneOffset.UTC)), agreement.recordedBy, agreement.recordedAt);
    }
}
