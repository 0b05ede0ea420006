package vnla.cases.review;

import java.time.InstantSource;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.cases.agency.Agencies;
import vnla.cases.agency.Agency;
import vnla.cases.agreement.AgreementRequests;
import vnla.cases.config.CasesConfig;
import vnla.common.event.Vocabulary.Language;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.security.Roles;

/** The yearly review of an agency pair (hội nghị tổng kết), printed as a PDF in Vietnamese, Lao or English. */
@Path("/api/v1/statistics/review")
@Tag(name = "Results")
public class ReviewResource {

    /** The Lao PDR, and with it the partner forces, dates from December 1975: no review is older. */
    static final String FIRST = "1975";
    static final Year FIRST_YEAR = Year.parse(FIRST);
    static final String DISPOSITION = "^inline; filename=\"review-[0-9]{4}-[a-z.]+-[a-z.]+-(vi|lo|en)\\.pdf\"$";
    static final String PAIR_MESSAGE = "must name two different agencies, e.g. agencies=vn.quangnam&agencies=la.sekong";

    private final ReviewService reviews;
    private final ReviewPdf pdf;
    private final Agencies agencies;
    private final Caller caller;
    private final InstantSource clock;
    private final CasesConfig config;

    public ReviewResource(ReviewService reviews, ReviewPdf pdf, Agencies agencies, Caller caller, InstantSource clock, CasesConfig config) {
        this.reviews = reviews;
        this.pdf = pdf;
        this.agencies = agencies;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Produces(ReviewPdf.MEDIA_TYPE)
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Print the yearly review of an agency pair", description = "The figures of GET /api/v1/statistics for the "
            + "two agencies' joint operations from 1 January to 31 December of the year (both inclusive): joint operations, cases, "
            + "suspects arrested, drugs seized per drug and unit (tablets; kilograms, grams converted) with their totals, weapons "
            + "and rounds, handovers (wanted persons HANDED_OVER in the year between the two), victims returned (trafficking victims RECEIVED in the year between the two), requests answered in time (requests for "
            + "verification between the two answered before their deadline in the year). A one-page A4 "
            + "PDF in the language asked, agency names as recorded, numbers as the language writes them (38.000 in vi and lo, "
            + "38,000 in en). Roles analyst and admin of either agency of the pair, or of the ministry tier of either agency's "
            + "country; anyone else gets 403.")
    @APIResponse(responseCode = "200", description = "The review", content = @Content(mediaType = ReviewPdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")), headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "inline, with a file name such as review-2024-vn.quangnam-la.sekong-vi.pdf",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = DISPOSITION)))
    public Response review(
            @Parameter(description = "The two agencies, once each: agencies=vn.quangnam&agencies=la.sekong", required = true, example = "[\"vn.quangnam\", \"la.sekong\"]")
            @QueryParam("agencies") @Size(min = 2, max = 2, message = PAIR_MESSAGE)
            List<@Pattern(regexp = AgreementRequests.AGENCY_ID, message = AgreementRequests.AGENCY_ID_MESSAGE) String> agencies,
            @Parameter(description = "The calendar year, from 1975 to the current one", required = true, example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = FIRST, maximum = "9999"))
            @QueryParam("year") @NotNull Year year,
            @Parameter(description = "The language of the review", required = true, example = "vi") @QueryParam("lang") @NotNull Language lang) {
        Agency first = known(agencies.get(0));
        Agency second = known(agencies.get(1));
        if (first.id.equals(second.id)) {
            throw ProblemException.badField("agencies", PAIR_MESSAGE);
        }
        if (year.isBefore(FIRST_YEAR) || year.isAfter(Year.now(clock.withZone(config.zone())))) {
            throw ProblemException.badField("year", "must be from " + FIRST_YEAR + " to the current year");
        }
        String own = caller.agency();
        if (Stream.of(first.id, second.id).noneMatch(id -> id.equals(own) || this.agencies.ministryOf(own, id))) {
            throw new ProblemException(403, "Forbidden", "Only the two agencies and the ministry tier of their countries may ask for their review");
        }
        byte[] document = pdf.render(reviews.review(first, second, year), lang);
        String file = "review-" + year + "-" + first.id + "-" + second.id + "-" + lang + ".pdf";
        return Response.ok(document, ReviewPdf.MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"").build();
    }

    private Agency known(String id) {
        return agencies.find(id).orElseThrow(() -> ProblemException.badField("agencies", "names no known agency: " + id));
    }
}
