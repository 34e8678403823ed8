package org.juxta.shared.audit;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit key is required, and what is not a usable key is refused with what to do. */
class AuditHasherTest {

    @Test
    void withoutAKeyTheServiceDoesNotStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> new AuditHasher(config(null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JUXTA_AUDIT_HMAC_KEY")
                .hasMessageContaining("does not start without it");
    }

    @Test
    void aShortKeyIsRefused() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new AuditHasher(config(sixteenBytes))).hasMessageContaining("at least 32");
    }

    @Test
    void aKeyThatIsNotBase64IsRefused() {
        assertThatThrownBy(() -> new AuditHasher(config("not base64 at all!"))).hasMessageContaining("base64");
    }

    @Test
    void theSameEntryHasAnotherMacUnderAnotherKey() {
        AuditHasher one = new AuditHasher(config(Base64.getEncoder().encodeToString(new byte[32])));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        AuditHasher other = new AuditHasher(otherKey);

        assertThat(one.boundaryMac("MNG", 7, AuditHasher.GENESIS))
                .isNotEqualTo(other.boundaryMac("MNG", 7, AuditHasher.GENESIS))
                .isEqualTo(new AuditHasher(new byte[32]).boundaryMac("MNG", 7, AuditHasher.GENESIS));
    }

    private static AuditConfig config(String key) {
        return new AuditConfig() {

            @Override
            public Optional<String> hmacKey() {
                return Optional.ofNullable(key);
            }

            @Override
            public Duration sealEvery() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration headExportEvery() {
                return Duration.ofMinutes(1);
            }
        };
    }
}
