package vnla.hotline.tip;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Counts rows straight from the database, to prove a rejected request changed nothing. */
final class TipCount {

    private TipCount() {
    }

    static long of(String agency) {
        return QuarkusTransaction.requiringNew().call(() -> Tip.count("receivingAgency", agency));
    }
}
