package org.lifecircle.api;

import static org.assertj.core.api.Assertions.assertThat;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.lifecircle.model.StoreUnavailableException;
import org.springframework.http.ResponseEntity;

/** A database that went away is 503 for a client, without the database's file path or URL (SECURITY.md). */
class ApiErrorsTest {

    @Test
    void aLostDatabaseIsServiceUnavailableWithoutWhereTheDatabaseIs() {
        StoreUnavailableException lost = new StoreUnavailableException("lost the connection to the embedded database"
                + " /srv/planning/data/lifecircle.db while reading dataset 'demo' (Connection is broken): nothing was"
                + " saved; run it again once the database is back", new SQLException("broken", "90067"));
        ResponseEntity<ApiError> response = new ApiErrors().unavailable(lost);
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody().message()).isEqualTo("the database is not reachable right now; try again shortly"
                + " (the server log has the details)").doesNotContain("/srv").doesNotContain("lifecircle.db");
    }
}
