package org.counterpart.directory;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids for the records every module adds in bulk (tasks, students, subsidies, trainees, reports…): UUIDs of
 * version 7 (RFC 9562), whose first 48 bits are the time in milliseconds, followed by 74 random bits.
 * <p>
 * Why not {@link UUID#randomUUID()}: the tables are keyed by these ids (InnoDB keeps a table in the order of its key),
 * and a random key puts each new row on a random page of the table and of every index that names it. Once a table is
 * larger than the database's memory, nearly every such row waits for a page read: on this project's machine, 10,000
 * rows into a 500 MB table with a random key took 3.6–3.9 s and 20,000 page reads; with ids in time order, 0.5 s and
 * about 30 (docs/performance.md). Ids of this kind go to the end of the table, as an auto-increment key would, and
 * still need no coordination between instances and cannot be guessed.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    /** A new id: later ids sort after earlier ones (to the millisecond), as text and as {@link UUID}s of version 7. */
    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        var random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 // unix_ts_ms, 48 bits
                | 0x7000L // version 7
                | ((random[0] & 0x0FL) << 8 | (random[1] & 0xFFL)); // rand_a, 12 bits
        long low = 0x8000_0000_0000_0000L // variant 10
                | (random[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
