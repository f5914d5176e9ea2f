package org.counterpart.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

    @Test
    void anIdIsAVersion7UuidOfTheRfcVariantCarryingItsMillisecond() {
        long at = 1_764_470_000_123L;
        var id = TimeOrderedIds.at(at);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsText() {
        var earlier = TimeOrderedIds.at(1_764_470_000_000L).toString();
        var later = TimeOrderedIds.at(1_764_470_000_001L).toString();
        var muchLater = TimeOrderedIds.at(4_102_444_800_000L).toString(); // 2100

        assertThat(earlier).isLessThan(later);
        assertThat(later).isLessThan(muchLater);
    }

    @Test
    void idsOfTheSameMillisecondDifferInTheirRandomBits() {
        var seen = new HashSet<UUID>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(TimeOrderedIds.at(1_764_470_000_000L));
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void newIdsFollowTheClock() {
        long before = System.currentTimeMillis();
        var id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }
}
