package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code adpack bench matching} on a tiny corpus: the summary line's fields, and the index equal to the scan. */
class BenchMatchingCommandTest {
    @Test
    void theSummaryLineKeepsItsFieldsAndAddsTheFiguresWithoutExplanations() {
        CommandRun r = run("bench", "matching", "--profiles", "400", "--queries", "30", "--threads", "1");

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        String summary = lines.get(lines.size() - 1);
        assertThat(summary).matches("matching: n=400 adpack_qps=[0-9.]+ lucene_qps=[0-9.]+ ratio=[0-9.]+ exact=true"
                + " p50_ms=[0-9.]+ selfjoin_s=[0-9.]+ rank_qps=[0-9.]+ rank_p50_ms=[0-9.]+ selfjoin_rank_s=[0-9.]+");
        assertThat(r.out()).contains("agreement: AdPack top-10 equals brute force on 30 of 30 queries")
                .contains("selfjoin queryAll (explained): top-10 for all 400 subjects");
    }
}
