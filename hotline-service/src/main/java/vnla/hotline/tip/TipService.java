package vnla.hotline.tip;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vnla.common.event.TipDismissed;
import vnla.common.event.TipEntities;
import vnla.common.event.TipLinked;
import vnla.common.event.TipReceived;
import vnla.common.event.TipTriaged;
import vnla.common.event.TipUnlinked;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.outbox.Outbox;
import vnla.common.trace.TraceContext;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.web.Versions;
import vnla.hotline.reporter.ReceiptCodes;
import vnla.hotline.reporter.ReportedTips;
import vnla.hotline.reporter.Reporter;
import vnla.hotline.reporter.ReporterIdentity;
import vnla.hotline.reporter.ReporterVault;

/** Records, reads, triages and dismisses tips; each change and its event commit together through the outbox. */
@ApplicationScoped
public class TipService implements ReportedTips {

    private final Caller caller;
    private final Outbox outbox;
    private final ReceiptCodes receiptCodes;
    private final ReporterVault vault;
    private final EntityManager em;

    public TipService(Caller caller, Outbox outbox, ReceiptCodes receiptCodes, ReporterVault vault, EntityManager em) {
        this.caller = caller;
        this.outbox = outbox;
        this.receiptCodes = receiptCodes;
        this.vault = vault;
        this.em = em;
    }

    /** Filters of the tip list; null means any. */
    public record Filter(TipStatus status, Vocabulary.Category category, String provinceCode, OffsetDateTime receivedFrom,
            OffsetDateTime receivedTo) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created record(TipRequests.NewTip request) {
        TipRequests.ReporterDetails details = request.reporter();
        boolean anonymous = details.anonymous();
        if (!anonymous && isBlank(details.name())) {
            throw ProblemException.badField("reporter.name", "is required for an identified reporter");
        }
        if (!anonymous && isBlank(details.phone()) && isBlank(details.email()) && isBlank(details.address())) {
            throw ProblemException.badField("reporter", "an identified reporter needs a phone, email or address");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Tip tip = new Tip();
        tip.id = UUID.randomUUID();
        tip.receivingAgency = caller.agency();
        tip.reference = nextReference(tip.receivingAgency, now.getYear());
        tip.channel = request.channel();
        tip.category = request.category();
        tip.occurredAt = request.occurredAt().withOffsetSameInstant(ZoneOffset.UTC);
        tip.provinceCode = request.location().provinceCode();
        tip.district = request.location().district();
        tip.borderPoint = request.location().borderPoint();
        tip.latitude = request.location().latitude();
        tip.longitude = request.location().longitude();
        tip.description = request.description();
        tip.language = request.language();
        tip.entities = request.entities() == null ? TipEntities.none() : request.entities();
        tip.anonymousReporter = anonymous;
        tip.status = TipStatus.RECEIVED;
        tip.receivedAt = now;
        tip.receivedBy = caller.subject();
        tip.traceparent = TraceContext.current();
        tip.persist();

        Reporter reporter = new Reporter();
        reporter.tipId = tip.id;
        reporter.anonymous = anonymous;
        String receiptCode = null;
        if (anonymous) {
            receiptCode = receiptCodes.newCode();
            reporter.receiptCodeMac = receiptCodes.mac(receiptCode);
        } else {
            reporter.identity = vault.seal(tip.id, new ReporterIdentity(details.name(), details.phone(), details.email(), details.address()));
        }
        reporter.persist();

        outbox.append(tip.id.toString(), new TipReceived(tip.id, tip.reference, tip.receivingAgency, tip.channel, tip.category,
                tip.occurredAt, request.location(), tip.description, tip.language, tip.entities, tip.receivedAt));
        return new Idempotency.Created(URI.create("/api/v1/tips/" + tip.id), TipView.of(tip, receiptCode));
    }

    /** The caller's own agency's tip; any other is answered as if it did not exist. */
    public Tip find(UUID id) {
        Tip tip = Tip.findById(id);
        if (tip == null || !tip.receivingAgency.equals(caller.agency())) {
            throw ProblemException.notFound("Tip " + id);
        }
        return tip;
    }

    @Override
    public void requireOwn(UUID tipId) {
        find(tipId);
    }

    public vnla.common.web.Page<TipView> list(Filter filter, int page, int size) {
        StringBuilder query = new StringBuilder("receivingAgency = :agency");
        Map<String, Object> params = new HashMap<>();
        params.put("agency", caller.agency());
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.category() != null) {
            query.append(" and category = :category");
            params.put("category", filter.category());
        }
        if (filter.provinceCode() != null) {
            query.append(" and provinceCode = :province");
            params.put("province", filter.provinceCode());
        }
        if (filter.receivedFrom() != null) {
            query.append(" and receivedAt >= :from");
            params.put("from", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            query.append(" and receivedAt < :to");
            params.put("to", filter.receivedTo());
        }
        var found = Tip.<Tip>find(query.toString(), Sort.descending("receivedAt").and("id"), params).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(TipView::of).toList(), page, size, found.count());
    }

    /** A tip by its receipt code; a code stored as version 1's bare hash is found too, and upgraded to a keyed MAC. */
    public Tip findByReceiptCode(String receiptCode) {
        Reporter reporter = Reporter.find("receiptCodeMac in ?1", receiptCodes.candidates(receiptCode)).firstResult();
        if (reporter == null) {
            reporter = upgradeLegacyReceipt(receiptCode);
        }
        if (reporter == null) {
            throw ProblemException.notFound("A tip with this receipt code");
        }
        return find(reporter.tipId);
    }

    private Reporter upgradeLegacyReceipt(String receiptCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("select tip_id from reporter where receipt_code_hash = :hash", UUID.class)
                    .setParameter("hash", receiptCodes.legacyHash(receiptCode)).getResultList();
            if (ids.isEmpty()) {
                return null;
            }
            em.createNativeQuery("update reporter set receipt_code_mac = :mac, receipt_code_hash = null where tip_id = :tip")
                    .setParameter("mac", receiptCodes.mac(receiptCode)).setParameter("tip", ids.get(0)).executeUpdate();
            return Reporter.findById(ids.get(0));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Tip triage(UUID id, String ifMatch, TipRequests.Triage request) {
        Tip tip = find(id);
        Versions.requireMatch(ifMatch, tip.version);
        moveTo(tip, tip.status == TipStatus.LINKED ? TipStatus.LINKED : TipStatus.TRIAGED);
        List<String> partners = request.partners().stream().distinct().toList();
        if (partners.contains(tip.receivingAgency)) {
            throw ProblemException.badField("partnerAgencies", "must not name the receiving agency itself");
        }
        if (request.crossBorder() && partners.isEmpty()) {
            throw ProblemException.badField("partnerAgencies", "must name at least one partner agency for a cross-border tip");
        }
        if (request.handlingCode().releasability() == Vocabulary.Releasability.BILATERAL && partners.isEmpty()) {
            throw ProblemException.badField("partnerAgencies", "must name the agencies a BILATERAL tip may be released to");
        }
        tip.sourceReliability = request.grading().sourceReliability();
        tip.informationCredibility = request.grading().informationCredibility();
        tip.priority = request.priority();
        tip.tlp = request.handlingCode().tlp();
        tip.releasability = request.handlingCode().releasability();
        tip.crossBorder = request.crossBorder();
        tip.partnerAgencies = new ArrayList<>(partners);
        tip.triagedAt = OffsetDateTime.now(ZoneOffset.UTC);
        tip.triagedBy = caller.subject();
        try (Scope trace = TraceContext.continuing(tip.traceparent)) {
            outbox.append(tip.id.toString(), new TipTriaged(tip.id, tip.reference, tip.receivingAgency, tip.category,
                    request.grading(), tip.priority, request.handlingCode(), tip.crossBorder, partners, tip.triagedAt));
        }
        return flushed(tip);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Tip dismiss(UUID id, String ifMatch, TipRequests.Dismissal request) {
        Tip tip = find(id);
        Versions.requireMatch(ifMatch, tip.version);
        moveTo(tip, TipStatus.DISMISSED);
        tip.dismissedAt = OffsetDateTime.now(ZoneOffset.UTC);
        tip.dismissedBy = caller.subject();
        tip.dismissalReason = request.reason();
        try (Scope trace = TraceContext.continuing(tip.traceparent)) {
            outbox.append(tip.id.toString(), new TipDismissed(tip.id, tip.reference, tip.receivingAgency, tip.dismissalReason, tip.dismissedAt));
        }
        return flushed(tip);
    }

    private static void moveTo(Tip tip, TipStatus target) {
        if (!tip.status.canMoveTo(target)) {
            throw ProblemException.conflict("A " + tip.status + " tip cannot become " + target);
        }
        tip.status = target;
    }

    /** Flushes so the answer carries the new version as its ETag. */
    private Tip flushed(Tip tip) {
        em.flush();
        return tip;
    }

    /**
     * case-service linked the tip to a joint operation. Only a link made by the tip's own agency counts: a partner that
     * links a tip released to it changes nothing here (the tip stays dismissable by its owner).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linked(TipLinked event) {
        Tip tip = Tip.findById(event.tipId());
        if (tip == null || !tip.receivingAgency.equals(event.linkingAgency())) {
            return;
        }
        em.createNativeQuery("""
                insert into tip_link (tip_id, operation_id, code_name, linked_at) values (:tip, :operation, :codeName, :at)
                on conflict do nothing""")
                .setParameter("tip", tip.id).setParameter("operation", event.operationId())
                .setParameter("codeName", event.operationCodeName()).setParameter("at", event.linkedAt())
                .executeUpdate();
        if (tip.status != TipStatus.LINKED) {
            tip.status = TipStatus.LINKED;
            tip.linkedAt = event.linkedAt();
        }
    }

    /** case-service unlinked the tip; with no operation left it goes back to where it was before linking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unlinked(TipUnlinked event) {
        Tip tip = Tip.findById(event.tipId());
        if (tip == null) {
            return;
        }
        em.createNativeQuery("delete from tip_link where tip_id = :tip and operation_id = :operation")
                .setParameter("tip", tip.id).setParameter("operation", event.operationId()).executeUpdate();
        long remaining = ((Number) em.createNativeQuery("select count(*) from tip_link where tip_id = :tip")
                .setParameter("tip", tip.id).getSingleResult()).longValue();
        if (remaining == 0 && tip.status == TipStatus.LINKED) {
            tip.status = tip.triagedAt != null ? TipStatus.TRIAGED : TipStatus.RECEIVED;
            tip.linkedAt = null;
        }
    }

    /**
     * The next reference of the agency and year, from that year's PostgreSQL sequence ({@code next_tip_number}, migration
     * V3) in the intake's own transaction: no row lock and no second connection, one commit per tip. A rolled-back
     * intake leaves a gap in the numbers.
     */
    private String nextReference(String agency, int year) {
        String prefix = agency.substring(agency.indexOf('.') + 1).toUpperCase(Locale.ROOT);
        Number next = (Number) em.createNativeQuery("select next_tip_number(:prefix, :year)")
                .setParameter("prefix", prefix).setParameter("year", year)
                .getSingleResult();
        return String.format(Locale.ROOT, "%s-%d-%06d", prefix, year, next.longValue());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
