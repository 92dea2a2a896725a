package org.creddesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.creddesk.sync.SyncClient;
import org.creddesk.sync.Wire;
import org.junit.jupiter.api.Test;

/** Two server processes' worth of instances on one PostgreSQL: ordering comes from the database alone. */
class TwoInstancesTest {
    @Test
    void concurrentPushesThroughTwoInstancesGetOneGapFreeSequenceAndTheSameAnswers() throws Exception {
        try (ServerFixture one = new ServerFixture(); ServerFixture two = new ServerFixture(one.jdbcUrl)) {
            List<SyncClient> desks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ServerFixture via = i % 2 == 0 ? one : two;
                desks.add(new SyncClient(via.url(), one.enrol("big", "user" + i, Role.COORDINATOR).token()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < desks.size(); i++) {
                SyncClient desk = desks.get(i);
                int who = i;
                done.add(pool.submit(() -> {
                    for (int batch = 0; batch < 5; batch++) {
                        List<Wire.Op> ops = new ArrayList<>();
                        for (int k = 0; k < 4; k++) {
                            long opId = batch * 10L + k + 1;
                            // Everyone edits the same record's same field from base 0: many conflicts, one order.
                            Map<String, List<String>> ch = new LinkedHashMap<>();
                            ch.put("email", Arrays.asList(null, "u" + who + "-" + opId + "@x.test"));
                            ops.add(new Wire.Op(opId, "provider", "shared", "shared", batch == 0 && k == 0 ? "CREATE"
                                    : "UPDATE", ch, Map.of(), Map.of("email", 0L), "2026-12-02T10:00:00Z"));
                        }
                        desk.push(ops);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();

            Wire.PullResult viaOne = desks.get(0).pull(0, 1000);
            Wire.PullResult viaTwo = desks.get(1).pull(0, 1000);
            assertThat(viaOne.changes()).extracting(Wire.Change::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 120).boxed().toList());
            assertThat(viaTwo).isEqualTo(viaOne);
            assertThat(desks.get(3).conflicts()).hasSize(1);
            // One record, one field: the first accepted value stands, every later unaware one is a candidate.
            assertThat(desks.get(3).conflicts().get(0).candidates()).hasSizeGreaterThan(2);
        }
    }
}
