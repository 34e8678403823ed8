package org.juxta.immigration.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.screening.PersonIndex.Snapshot;
import org.juxta.immigration.screening.PersonIndex.Tier;
import org.juxta.names.AlertEntry;
import org.juxta.names.Match;
import org.juxta.names.PersonName;
import org.juxta.names.ScreeningIndex;
import org.juxta.names.ScreeningQuery;
import org.juxta.vocabulary.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/** How an instance's view of the person entries grows with new entries and takes over a rebuilt index. */
class PersonIndexSnapshotTest {

    private static final double THRESHOLD = 0.8;

    @Test
    void entriesOfANewTierAreScreenedAtOnce() {
        Snapshot snapshot = Snapshot.EMPTY.with(tier(1, person("e1", "Batbold", "Ganzorig")), 1);

        assertThat(ids(snapshot.screen(query("Batbold", "Ganzorig"), THRESHOLD))).containsExactly("e1");
        assertThat(snapshot.version()).isEqualTo(1);
    }

    @Test
    void whatTheSnapshotAlreadyHasIsNotAddedTwice() {
        Snapshot snapshot = Snapshot.EMPTY.with(tier(1, person("e1", "Batbold", "Ganzorig")), 1);

        Snapshot again = snapshot.with(tier(1, person("e1", "Batbold", "Ganzorig")), 1);
        Snapshot overlapping = snapshot.with(Tier.of(List.of(person("e1", "Batbold", "Ganzorig"),
                person("e2", "Tsetsegmaa", "Oyun")), new long[]{1, 2}), 2);

        assertThat(again).isSameAs(snapshot);
        assertThat(overlapping.recentSize()).isEqualTo(2);
        assertThat(ids(overlapping.screen(query("Batbold", "Ganzorig"), THRESHOLD))).containsExactly("e1");
    }

    @Test
    void entriesKnownWithdrawnAreLeftOutAndCountTowardsARebuild() {
        Snapshot snapshot = Snapshot.EMPTY.with(Tier.of(List.of(person("e1", "Batbold", "Ganzorig"),
                person("e2", "Batbold", "Ganzorig")), new long[]{1, 1}), 1);

        Snapshot known = snapshot.withWithdrawn(List.of("e1"));

        assertThat(ids(known.screen(query("Batbold", "Ganzorig"), THRESHOLD))).containsExactly("e2");
        assertThat(known.version()).isEqualTo(snapshot.version());
        assertThat(known.withWithdrawn(LongStream.rangeClosed(1, PersonIndex.REBUILD_AFTER)
                .mapToObj(i -> "w" + i).toList()).wantsRebuild()).isTrue();
    }

    @Test
    void aVersionWhoseEntriesWereAllWithdrawnIsCaughtUpWithoutEntries() {
        Snapshot snapshot = Snapshot.EMPTY.with(tier(1, person("e1", "Batbold", "Ganzorig")), 1);

        Snapshot caughtUp = snapshot.caughtUpTo(3);

        assertThat(caughtUp.version()).isEqualTo(3);
        assertThat(ids(caughtUp.screen(query("Batbold", "Ganzorig"), THRESHOLD))).containsExactly("e1");
        assertThat(caughtUp.caughtUpTo(2)).isSameAs(caughtUp);
        assertThat(caughtUp.with(tier(2, person("e2", "Tsetsegmaa", "Oyun")), 2)).isSameAs(caughtUp);
    }

    @Test
    void manySmallTiersAreMergedIntoOne() {
        Snapshot snapshot = Snapshot.EMPTY;
        for (int version = 1; version <= PersonIndex.MAX_TIERS + 1; version++) {
            snapshot = snapshot.with(tier(version, person("e" + version, "Name" + "abcdefghij".charAt(version),
                    "Given")), version);
        }

        assertThat(snapshot.tiers()).hasSize(1);
        assertThat(snapshot.recentSize()).isEqualTo(PersonIndex.MAX_TIERS + 1);
    }

    @Test
    void aRebuiltIndexKeepsOnlyWhatWasLearntAfterItReadTheDatabase() {
        Snapshot live = Snapshot.EMPTY.with(tier(1, person("e1", "Batbold", "Ganzorig")), 1)
                .with(tier(2, person("e2", "Tsetsegmaa", "Oyun")), 2);
        Snapshot rebuilt = new Snapshot(ScreeningIndex.of(List.of(person("e1", "Batbold", "Ganzorig"))), List.of(), 1);

        Snapshot installed = live.rebasedOn(rebuilt);

        assertThat(installed.main()).isSameAs(rebuilt.main());
        assertThat(installed.version()).isEqualTo(2);
        assertThat(installed.recentSize()).isEqualTo(1);
        assertThat(ids(installed.screen(query("Batbold", "Ganzorig"), THRESHOLD))).containsExactly("e1");
        assertThat(ids(installed.screen(query("Tsetsegmaa", "Oyun"), THRESHOLD))).containsExactly("e2");
        // A rebuild that read more than the live snapshot knows replaces it whole.
        assertThat(live.rebasedOn(new Snapshot(rebuilt.main(), List.of(), 3)).version()).isEqualTo(3);
    }

    @Test
    void theMainIndexIsRebuiltOnceNewEntriesAreAGoodPartOfTheWhole() {
        List<AlertEntry> many = new ArrayList<>();
        for (int i = 0; i <= PersonIndex.REBUILD_AFTER; i++) {
            many.add(person("e" + i, "Surname" + i, "Given"));
        }
        Snapshot few = Snapshot.EMPTY.with(tier(1, person("e1", "Batbold", "Ganzorig")), 1);
        Snapshot enough = Snapshot.EMPTY.with(
                Tier.of(many, LongStream.rangeClosed(1, many.size()).toArray()), many.size());

        assertThat(few.wantsRebuild()).isFalse();
        assertThat(enough.wantsRebuild()).isTrue();
    }

    private static Tier tier(long version, AlertEntry entry) {
        return Tier.of(List.of(entry), new long[]{version});
    }

    private static AlertEntry person(String id, String surname, String givenNames) {
        return new AlertEntry(id, PersonName.of(surname, givenNames), PartialDate.of(1980, 1, 1), "MNG");
    }

    private static ScreeningQuery query(String surname, String givenNames) {
        return new ScreeningQuery(PersonName.of(surname, givenNames), PartialDate.of(1980, 1, 1), "MNG");
    }

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(Match::entryId).toList();
    }
}
