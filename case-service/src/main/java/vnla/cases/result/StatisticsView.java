package vnla.cases.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The yearly-review summary of an agency's joint operations with its partners, in total and per partner. */
public record StatisticsView(
        @Schema(example = "vn.sonla") String agency,
        @Schema(description = "The partners asked for; empty means every partner", example = "[\"la.luangprabang\", \"la.houaphanh\"]", maxItems = 20) List<String> partners,
        @Schema(example = "2022-01-01") LocalDate from,
        @Schema(example = "2022-12-31") LocalDate to,
        @Schema(description = "Each result counted once, whatever the number of partners") Figures total,
        @Schema(description = "Per agency pair", maxItems = 11) List<PairFigures> pairs,
        @Schema(description = "Trafficking victims RECEIVED from..to between the agency and the partners named (any when none), "
                + "either way round", example = "1") long victimsReturned,
        @Schema(description = "Wanted persons HANDED_OVER from..to between the agency and the partners named (any when none), "
                + "either way round", example = "2") long handovers,
        @Schema(description = "Requests for verification between the agency and the partners named (any when none), either way "
                + "round, answered before their deadline, counted on the day of the answer", example = "4") long requestsAnsweredInTime) {

    @Schema(description = "8 cases, 11 suspects, about 38,000 tablets, 3 guns, over 100 rounds")
    public record Figures(long operations, long results, long cases, long suspects, BigDecimal tablets, BigDecimal kilograms,
            long weapons, long rounds) {
    }

    public record PairFigures(String agency, String partner, Figures figures) {
    }
}
