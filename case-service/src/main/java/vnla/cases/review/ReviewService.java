package vnla.cases.review;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vnla.cases.agency.Agency;
import vnla.cases.result.StatisticsService;

/** A yearly review is the statistics of an agency pair from 1 January to 31 December, read from StatisticsService. */
@ApplicationScoped
class ReviewService {

    private final StatisticsService statistics;

    ReviewService(StatisticsService statistics) {
        this.statistics = statistics;
    }

    YearlyReview review(Agency first, Agency second, Year year) {
        LocalDate from = year.atDay(1);
        LocalDate to = year.atMonth(12).atEndOfMonth();
        List<String> partner = List.of(second.id);
        var summary = statistics.summarise(first.id, partner, from, to);
        return new YearlyReview(year, List.of(first.name, second.name), summary.total(), statistics.seizures(first.id, partner, from, to),
                summary.victimsReturned(), summary.handovers(), summary.requestsAnsweredInTime());
    }
}
