package vnla.cases.result;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.cases.agency.Agencies;
import vnla.cases.agreement.AgreementRequests;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.security.Roles;

/** The yearly review: what joint operations of an agency pair achieved in a period. */
@Path("/api/v1/statistics")
@Tag(name = "Results")
public class StatisticsResource {

    private final StatisticsService statistics;
    private final Agencies agencies;
    private final Caller caller;

    public StatisticsResource(StatisticsService statistics, Agencies agencies, Caller caller) {
        this.statistics = statistics;
        this.agencies = agencies;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Summarise results per agency pair and period", description = "Cases, suspects, tablets, kilograms "
            + "(grams converted), weapons and rounds of the results dated from..to (both inclusive) of the operations the "
            + "agency is party to with the partners named (any partner when none is named): in total, each result counted "
            + "once, and per pair; and victimsReturned, the trafficking victims RECEIVED in the period between the agency and those partners; handovers, the wanted persons HANDED_OVER in the period between them; "
            + "requestsAnsweredInTime, the requests for verification between them answered before their deadline in the period. Roles analyst and admin: their own agency's figures; the ministry tier also those of the "
            + "agencies of its country. One SQL query.")
    public StatisticsView summarise(
            @Parameter(description = "Defaults to the caller's agency", example = "vn.sonla") @QueryParam("agency")
            @Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) String agency,
            @Parameter(description = "Repeat for several partners, e.g. partner=la.luangprabang&partner=la.houaphanh") @QueryParam("partner")
            @Size(max = 20) List<@Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) String> partner,
            @Parameter(example = "2022-01-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(example = "2022-12-31") @QueryParam("to") @NotNull LocalDate to) {
        String subject = agency == null ? caller.agency() : agency;
        if (!subject.equals(caller.agency()) && !agencies.ministryOf(caller.agency(), subject)) {
            throw new ProblemException(403, "Forbidden", "Only the ministry tier of the agency's own country may ask for another agency's figures");
        }
        if (to.isBefore(from)) {
            throw vnla.common.problem.ProblemException.badField("to", "must not be before from");
        }
        List<String> partners = partner == null ? List.of() : partner.stream().distinct().sorted().toList();
        return statistics.summarise(subject, partners, from, to);
    }
}
