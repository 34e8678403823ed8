package org.juxta.immigration.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which states an instance that loads them as it starts is still waiting for, and what it says of each. */
class PersonIndexWarmUpTest {

    private static final List<String> WARM_UP = List.of("MNG", "CHN");

    @Test
    void aStateWhoseLoadRunsIsWaitedForWithHowFarItHasCome() {
        IndexLoad load = new IndexLoad();
        assertThat(PersonIndex.warmingUp(WARM_UP, Set.of("CHN"), Map.of("MNG", load), Set.of()))
                .containsExactly(Map.entry("MNG", "loading: counting its person entries"));

        load.counted(1_000_000);
        load.read(10_000);
        load.read(330_000);
        assertThat(PersonIndex.warmingUp(WARM_UP, Set.of("CHN"), Map.of("MNG", load), Set.of()))
                .containsExactly(Map.entry("MNG", "loading: read 340,000 of 1,000,000 person entries"));

        load.read(660_000);
        load.indexing();
        assertThat(PersonIndex.warmingUp(WARM_UP, Set.of("CHN"), Map.of("MNG", load), Set.of()))
                .containsExactly(Map.entry("MNG", "loading: indexing 1,000,000 person entries"));
    }

    @Test
    void aStateNotLoadedAndNotLoadingIsStillWaitedFor() {
        assertThat(PersonIndex.warmingUp(WARM_UP, Set.of(), Map.of(), Set.of()))
                .containsOnlyKeys("MNG", "CHN")
                .hasEntrySatisfying("MNG", detail -> assertThat(detail).contains("not loaded", "next refresh"));
    }

    @Test
    void loadedStatesAndStatesRefusedForWantOfHeapAreNotWaitedFor() {
        assertThat(PersonIndex.warmingUp(WARM_UP, Set.of("MNG"), Map.of(), Set.of("CHN"))).isEmpty();
        assertThat(PersonIndex.warmingUp(List.of(), Set.of(), Map.of("MNG", new IndexLoad()), Set.of())).isEmpty();
    }
}
