package vnla.cases.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vnla.cases.config.CasesConfig;
import vnla.common.event.Vocabulary;

/**
 * Sums results per agency pair and period in one SQL query: cases, suspects, tablets, kilograms, weapons, rounds; and,
 * for the yearly review, the same results' drugs per drug and unit, the trafficking victims returned and received, and the
 * wanted persons handed over.
 */
@ApplicationScoped
public class StatisticsService {

    /**
     * {@code scoped}: the agency's results in the period, with their tablets and kilograms (grams converted);
     * {@code paired}: one row per result and partner of its operation. The first rows are per partner, the last the
     * total, in which a result counts once whatever the number of partners.
     */
    static final String SCOPE = """
            with scoped as (
                select r.id, r.operation_id, r.cases_opened, r.suspects_arrested, r.weapons, r.rounds,
                       array_prepend(o.lead_agency, o.partner_agencies) as parties,
                       coalesce(d.tablets, 0) as tablets, coalesce(d.kilograms, 0) as kilograms
                from operation_result r
                join joint_operation o on o.id = r.operation_id
                left join lateral (
                    select sum(s.quantity) filter (where s.unit = 'TABLET') as tablets,
                           sum(case s.unit when 'KILOGRAM' then s.quantity when 'GRAM' then s.quantity / 1000 end) as kilograms
                    from result_drug_seizure s where s.result_id = r.id
                ) d on true
                where r.occurred_on between :from and :to
                  and (o.lead_agency = :agency or :agency = any(o.partner_agencies))
            ),
            paired as (
                select s.*, p.partner from scoped s cross join lateral unnest(s.parties) as p(partner)
                where p.partner <> :agency and (:partners = '' or p.partner = any(string_to_array(:partners, ',')))
            )
            """;

    static final String QUERY = SCOPE + """
            select * from (
                select 0 as total_row, partner, count(distinct operation_id) as operations, count(*) as results,
                       sum(cases_opened) as cases, sum(suspects_arrested) as suspects, sum(tablets) as tablets,
                       sum(kilograms) as kilograms, sum(weapons) as weapons, sum(rounds) as rounds
                from paired group by partner
                union all
                select 1, null, count(distinct operation_id), count(*), coalesce(sum(cases_opened), 0),
                       coalesce(sum(suspects_arrested), 0), coalesce(sum(tablets), 0), coalesce(sum(kilograms), 0),
                       coalesce(sum(weapons), 0), coalesce(sum(rounds), 0)
                from scoped where id in (select id from paired)
            ) figures
            order by total_row, partner""";

    /** The drugs of the same results as {@link #QUERY}'s total, per drug and unit, grams converted to kilograms. */
    static final String SEIZURES = SCOPE + """
            select s.drug_type, case s.unit when 'GRAM' then 'KILOGRAM' else s.unit end as unit,
                   sum(case s.unit when 'GRAM' then s.quantity / 1000 else s.quantity end) as quantity
            from result_drug_seizure s
            where s.result_id in (select id from paired)
            group by 1, 2""";

    /** Victim referrals RECEIVED on a day from..to (Indochina Time) between the agency and the partners, either way round. */
    static final String VICTIMS_RETURNED = """
            select count(*) from victim_referral v
            where v.status = 'RECEIVED' and (v.received_at at time zone :zone)::date between :from and :to
              and (v.referring_agency = :agency or v.receiving_agency = :agency)
              and (:partners = '' or case when v.referring_agency = :agency then v.receiving_agency else v.referring_agency end
                   = any(string_to_array(:partners, ',')))""";

    /** Handovers that became HANDED_OVER on a day from..to (Indochina Time) between the agency and the partners, either way round. */
    static final String HANDOVERS = """
            select count(*) from handover h
            where h.status = 'HANDED_OVER' and (h.handed_over_at at time zone :zone)::date between :from and :to
              and (h.handing_agency = :agency or h.receiving_agency = :agency)
              and (:partners = '' or case when h.handing_agency = :agency then h.receiving_agency else h.handing_agency end
                   = any(string_to_array(:partners, ',')))""";

    /** Requests for verification between the agency and the partners, either way round, answered before their deadline, on a day from..to. */
    static final String REQUESTS_ANSWERED_IN_TIME = """
            select count(*) from verification_request v
            where v.answered_at is not null and v.answered_at < v.deadline
              and (v.answered_at at time zone :zone)::date between :from and :to
              and (v.requesting_agency = :agency or v.requested_agency = :agency)
              and (:partners = '' or case when v.requesting_agency = :agency then v.requested_agency else v.requesting_agency end
                   = any(string_to_array(:partners, ',')))""";

    private final EntityManager em;
    private final CasesConfig config;

    public StatisticsService(EntityManager em, CasesConfig config) {
        this.em = em;
        this.config = config;
    }

    public StatisticsView summarise(String agency, List<String> partners, LocalDate from, LocalDate to) {
        List<Object[]> rows = rows(QUERY, agency, partners, from, to);
        List<StatisticsView.PairFigures> pairs = new ArrayList<>();
        StatisticsView.Figures total = null;
        for (Object[] row : rows) {
            StatisticsView.Figures figures = new StatisticsView.Figures(number(row[2]), number(row[3]), number(row[4]),
                    number(row[5]), decimal(row[6]), decimal(row[7]), number(row[8]), number(row[9]));
            if (((Number) row[0]).intValue() == 1) {
                total = figures;
            } else {
                pairs.add(new StatisticsView.PairFigures(agency, (String) row[1], figures));
            }
        }
        return new StatisticsView(agency, partners, from, to, total, pairs, count(VICTIMS_RETURNED, agency, partners, from, to),
                count(HANDOVERS, agency, partners, from, to), count(REQUESTS_ANSWERED_IN_TIME, agency, partners, from, to));
    }

    /** How many victims returned and received ({@link #VICTIMS_RETURNED}) persons handed over ({@link #HANDOVERS}) or requests
     * answered in time ({@link #REQUESTS_ANSWERED_IN_TIME}) in the period. */
    private long count(String query, String agency, List<String> partners, LocalDate from, LocalDate to) {
        return number(em.createNativeQuery(query)
                .setParameter("zone", config.zone().getId())
                .setParameter("agency", agency)
                .setParameter("partners", String.join(",", partners))
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult());
    }

    /** The drugs seized in the results {@link #summarise} totals, per drug and unit (tablets, kilograms), in DrugType order. */
    public List<SeizureTotal> seizures(String agency, List<String> partners, LocalDate from, LocalDate to) {
        return rows(SEIZURES, agency, partners, from, to).stream()
                .map(row -> new SeizureTotal(DrugType.valueOf((String) row[0]), Vocabulary.QuantityUnit.valueOf((String) row[1]), decimal(row[2])))
                .sorted(Comparator.comparing(SeizureTotal::drugType).thenComparing(SeizureTotal::unit))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String query, String agency, List<String> partners, LocalDate from, LocalDate to) {
        return em.createNativeQuery(query)
                .setParameter("agency", agency)
                .setParameter("partners", String.join(",", partners))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Without trailing zeros and never in exponent form: 38000, 1.5. */
    private static BigDecimal decimal(Object value) {
        BigDecimal decimal = value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
