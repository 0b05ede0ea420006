package vnla.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vnla.testing.AccessModel;

/** The access-model check itself: an endpoint added without a row, or a row left for a removed one, is reported. */
class AccessModelSelfCheckTest {

    @Test
    void anOperationWithoutARowAndARowWithoutAnOperationAreReported() throws Exception {
        AccessModel model = AccessModel.parse("""
                | operation | role | own | stranger |
                |---|---|---|---|
                | GET /api/v1/operations/{id} | analyst | 200 | 404 |
                | DELETE /api/v1/operations/{id} | analyst | 204 | 404 |
                """);
        var document = new ObjectMapper().readTree("""
                {"paths": {
                  "/api/v1/operations/{id}": {"get": {}, "parameters": []},
                  "/api/v1/operations/{id}/secrets": {"post": {}},
                  "/q/health": {"get": {}}}}""");

        assertEquals(Set.of("GET /api/v1/operations/{id}", "POST /api/v1/operations/{id}/secrets"), AccessModel.operations(document));
        assertEquals(List.of("no row: POST /api/v1/operations/{id}/secrets", "no operation: DELETE /api/v1/operations/{id}"),
                model.uncovered(AccessModel.operations(document)));
        assertEquals(List.of("duty-officer", "liaison-officer", "custodian", "admin"), model.refusedRoles("GET /api/v1/operations/{id}"));
    }

    @Test
    void theServicesTableCoversItsOwnRows() {
        AccessModel model = AccessModel.load("access-model.md");

        assertEquals(List.of("own", "partner", "partner, no agreement", "stranger", "ministry"), model.callers());
        assertEquals(List.of(), model.rows().stream().filter(row -> !AccessModel.ROLES.contains(row.role())).toList());
    }
}
