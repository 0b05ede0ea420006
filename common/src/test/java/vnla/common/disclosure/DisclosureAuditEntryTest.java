package vnla.common.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vnla.common.audit.HashChain;

/** Audit rows chain one after another, and an altered or missing row breaks the chain at its position. */
class DisclosureAuditEntryTest {

    static class Entry extends DisclosureAuditEntryBase {
    }

    private static List<Entry> chain(UUID subject, UUID request, DisclosureAuditEntryBase.Action... actions) {
        List<Entry> entries = new ArrayList<>();
        for (DisclosureAuditEntryBase.Action action : actions) {
            Entry entry = new Entry();
            entry.id = UUID.randomUUID();
            entry.subjectId = subject;
            entry.requestId = request;
            entry.action = action.name();
            entry.actor = "lan.custodian@vn.hue";
            entry.agency = "vn.hue";
            entry.reason = action == DisclosureAuditEntryBase.Action.READ ? null : "Xác minh nhân thân để trao trả";
            entry.at = OffsetDateTime.parse("2026-11-28T08:00:00.123456Z").plusMinutes(entries.size());
            entry.follow(entries.isEmpty() ? null : entries.get(entries.size() - 1));
            entries.add(entry);
        }
        return entries;
    }

    private static HashChain.Verification verify(List<Entry> entries) {
        return HashChain.Verification.of(entries.stream().map(DisclosureAuditEntryBase::link).toList());
    }

    @Test
    void aRequestItsApprovalAndItsReadChainFromTheFirstRow() {
        List<Entry> entries = chain(UUID.randomUUID(), UUID.randomUUID(), DisclosureAuditEntryBase.Action.REQUESTED,
                DisclosureAuditEntryBase.Action.APPROVED, DisclosureAuditEntryBase.Action.READ);

        assertEquals(List.of(1L, 2L, 3L), entries.stream().map(e -> e.position).toList());
        assertEquals(HashChain.GENESIS, entries.get(0).previousHash);
        assertEquals(entries.get(1).hash, entries.get(2).previousHash);
        assertEquals(new HashChain.Verification(true, 3, null), verify(entries));
    }

    @Test
    void anAlteredReasonOrAMissingRowIsFoundAtItsPosition() {
        List<Entry> entries = chain(UUID.randomUUID(), UUID.randomUUID(), DisclosureAuditEntryBase.Action.REQUESTED,
                DisclosureAuditEntryBase.Action.APPROVED, DisclosureAuditEntryBase.Action.READ);
        entries.get(1).reason = "Đồng ý (đã sửa)";
        HashChain.Verification altered = verify(entries);
        assertEquals(2, altered.firstBroken().position());
        assertTrue(altered.firstBroken().reason().contains("hash"));

        List<Entry> intact = chain(UUID.randomUUID(), UUID.randomUUID(), DisclosureAuditEntryBase.Action.REQUESTED,
                DisclosureAuditEntryBase.Action.DENIED, DisclosureAuditEntryBase.Action.REQUESTED);
        intact.remove(1);
        assertEquals(3, verify(intact).firstBroken().position());
    }

    @Test
    void theHashCoversTheColumnsInTheOrderStoredRowsWereHashedIn() {
        Entry entry = new Entry();
        entry.id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        entry.position = 1;
        entry.subjectId = UUID.fromString("00000000-0000-0000-0000-000000000002");
        entry.requestId = UUID.fromString("00000000-0000-0000-0000-000000000003");
        entry.action = "READ";
        entry.actor = "lan";
        entry.agency = "vn.hue";
        entry.at = OffsetDateTime.parse("2026-11-28T15:00:00+07:00");
        assertEquals(HashChain.canonical(entry.id, 1L, entry.subjectId, entry.requestId, "READ", "lan", "vn.hue", null,
                entry.at.toInstant()), entry.canonical());
        assertTrue(entry.canonical().endsWith("-;20:2026-11-28T08:00:00Z;"));
    }
}
