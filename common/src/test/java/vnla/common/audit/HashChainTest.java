package vnla.common.audit;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain rule: any altered, removed or reordered row is found at its position. */
class HashChainTest {

    @Test
    void intactChainVerifiesAndAlteredOrMissingRowIsFound() {
        List<HashChain.Link> links = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int i = 1; i <= 4; i++) {
            String canonical = HashChain.canonical("id-" + i, "custodian@vn.hue", "Xác minh người báo tin " + i, null);
            String hash = HashChain.hash(previous, canonical);
            links.add(new HashChain.Link(i, "id-" + i, canonical, previous, hash));
            previous = hash;
        }
        assertTrue(HashChain.verify(links).isEmpty());

        List<HashChain.Link> altered = new ArrayList<>(links);
        HashChain.Link third = altered.get(2);
        altered.set(2, new HashChain.Link(3, third.id(), third.canonical().replace("3", "9"), third.previousHash(), third.hash()));
        assertEquals(3, HashChain.verify(altered).orElseThrow().position());

        List<HashChain.Link> missing = new ArrayList<>(links);
        missing.remove(1);
        assertEquals(3, HashChain.verify(missing).orElseThrow().position());

        List<HashChain.Link> headless = new ArrayList<>(links);
        headless.remove(0);
        assertEquals(2, HashChain.verify(headless).orElseThrow().position());
        assertEquals(new HashChain.Verification(false, 3, HashChain.verify(headless).orElseThrow()), HashChain.Verification.of(headless));
        assertEquals(new HashChain.Verification(true, 4, null), HashChain.Verification.of(links));
    }

    @Test
    void canonicalFormIsUnambiguous() {
        assertTrue(!HashChain.canonical("ab", "c").equals(HashChain.canonical("a", "bc")));
        assertTrue(!HashChain.canonical("", null).equals(HashChain.canonical(null, "")));
    }
}
