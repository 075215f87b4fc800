package org.backchannel.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsWriterTest {

    @Test
    void markdownHasTheMachineTheTargetsWithVerdictsAndEveryTable() {
        Results results = new Results();
        results.target("filter change", "≤ 16 ms", "3.0 ms", true);
        results.target("app exit", "≤ 3 s", "measured by the lead", null);
        results.table("Layout speed", "what it means", "size", "ours").add("M", "12.5");

        String md = ResultsWriter.markdown(results);

        assertThat(md).contains("- cores: ").contains("- git commit: ")
                .contains("| filter change | ≤ 16 ms | 3.0 ms | met |")
                .contains("| app exit | ≤ 3 s | measured by the lead | not measured here |")
                .contains("## Layout speed\n\nwhat it means\n\n| size | ours |\n| --- | --- |\n| M | 12.5 |");
    }
}
