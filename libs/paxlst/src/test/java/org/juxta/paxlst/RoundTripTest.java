package org.juxta.paxlst;

import org.junit.jupiter.api.Test;
import org.juxta.testing.SeededRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.testing.SeededRandom.forEachSeed;

/** Any manifest, written with any service characters in any layout, reads back unchanged and without issues. */
class RoundTripTest {

    @Test
    void aWrittenManifestReadsBackUnchanged() {
        forEachSeed(300, seed -> {
            SeededRandom random = new SeededRandom(seed);
            PassengerManifest manifest = RandomManifests.manifest(random);
            String text = PaxlstWriter.write(manifest, RandomManifests.separators(random),
                    RandomManifests.layout(random));

            PaxlstResult result = Samples.parse(text);

            assertThat(result.issues()).as("seed %d:%n%s", seed, text).isEmpty();
            assertThat(result.manifests()).as("seed %d:%n%s", seed, text).containsExactly(manifest);
        });
    }
}
