package vnla.cases.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Sums results per agency pair and period in one SQL query: cases, suspects, tablets, kilograms, weapons, rounds. */
@ApplicationScoped
public class StatisticsService {

    /**
     * {@code scoped}: the agency's results in the period, with their tablets and kilograms (grams converted);
     * {@code paired}: one row per result and partner of its operation. The first rows are per partner, the last the
     * total, in which a result counts once whatever the number of partners.
     */
    static final String QUERY = """
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

    private final EntityManager em;

    public StatisticsService(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public StatisticsView summarise(String agency, List<String> partners, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery(QUERY)
                .setParameter("agency", agency)
                .setParameter("partners", String.join(",", partners))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
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
        return new StatisticsView(agency, partners, from, to, total, pairs);
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
