package vnla.cases.review;

import java.time.Year;
import java.util.List;

import vnla.cases.result.SeizureTotal;
import vnla.cases.result.StatisticsView;

/**
 * The bilateral figures of an agency pair for a calendar year (hội nghị tổng kết): the statistics of their joint
 * operations' results and the drugs seized, per drug and unit, the trafficking victims returned and received, the wanted persons handed over, and the requests for verification answered in time. Names as the agencies are recorded, in the order asked.
 */
record YearlyReview(Year year, List<String> agencyNames, StatisticsView.Figures figures, List<SeizureTotal> seizures, long victimsReturned,
        long handovers, long requestsAnsweredInTime) {
}
