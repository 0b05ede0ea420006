package vnla.cases.timeline;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Writes and reads an operation's timeline; every write joins the transaction of the change it records. */
@ApplicationScoped
public class Timeline {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID operationId, TimelineKind kind, String actor, OffsetDateTime at, Map<String, ?> details) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.operationId = operationId;
        entry.kind = kind;
        entry.actor = actor;
        entry.occurredAt = at;
        entry.details = new LinkedHashMap<>(details);
        entry.persist();
    }

    public vnla.common.web.Page<TimelineView> read(UUID operationId, int page, int size) {
        var found = TimelineEntry.<TimelineEntry>find("operationId", Sort.by("occurredAt").and("position"), operationId)
                .page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(TimelineView::of).toList(), page, size, found.count());
    }
}
