package org.counterpart.reporting.domain;

/**
 * Every case of {@link StatisticsProjectionTests} again, with the events of each {@code receive} recorded as one group
 * through a {@link StatisticsWriteBuffer} (as the statistics record events that arrive together): the figures must
 * come out the same as recorded one by one.
 */
class StatisticsProjectionThroughWriteBufferTests extends StatisticsProjectionTests {

    @Override
    void receive(Object... events) {
        var buffer = new StatisticsWriteBuffer(store);
        var grouped = StatisticsLedger.recording(buffer);
        for (var event : events) {
            grouped.record(StatisticsProjection.factsOf(event));
        }
        buffer.flush();
    }
}
