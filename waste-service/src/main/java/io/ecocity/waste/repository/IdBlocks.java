package io.ecocity.waste.repository;

/**
 * Ids of the rows inserted in bulk are handed out in blocks from {@code waste_id_block} (migration V3), so Hibernate
 * can send their inserts as JDBC batches. A block is taken in its own short transaction; ids left unused by a
 * restart are skipped, never reused.
 */
final class IdBlocks {

    /** Ids per block: a year of a city's town reports needs about ten blocks of quantities. */
    static final int SIZE = 500;

    private IdBlocks() {
    }
}
