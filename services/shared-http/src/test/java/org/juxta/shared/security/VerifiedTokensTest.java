package org.juxta.shared.security;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-06T12:00:00Z");

    private final MutableClock clock = new MutableClock(START);

    @Test
    void anEntryIsFoundBeforeItsEndAndNeverAtItOrAfter() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);
        SecurityIdentity identity = identity("officer");
        tokens.remember(key("a"), identity, START.plusSeconds(300));

        clock.advance(Duration.ofSeconds(300).minusMillis(1));
        assertThat(tokens.find(key("a"))).isSameAs(identity);
        clock.advance(Duration.ofMillis(1));
        assertThat(tokens.find(key("a"))).isNull();
        assertThat(tokens.size()).as("the expired entry is dropped").isZero();
    }

    @Test
    void aTokenAlreadyAtItsEndIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);

        tokens.remember(key("a"), identity("officer"), START);

        assertThat(tokens.size()).isZero();
    }

    @Test
    void onlyTheExactTokenOfTheSameTenantIsFound() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);
        tokens.remember(key("header.payload.signature"), identity("officer"), START.plusSeconds(300));

        assertThat(tokens.find(key("header.payload.signaturf"))).isNull();
        assertThat(tokens.find(key("header.payload.signature "))).isNull();
        assertThat(tokens.find(new VerifiedTokens.Key("another-tenant", "header.payload.signature"))).isNull();
        assertThat(tokens.find(key("header.payload.signature"))).isNotNull();
    }

    @Test
    void neverHoldsMoreThanItsBoundAndDropsTheEntryNearestItsEnd() {
        VerifiedTokens tokens = new VerifiedTokens(3, clock);
        for (int i = 0; i < 10; i++) {
            tokens.remember(key("t" + i), identity("u" + i), START.plusSeconds(100 + i));
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.find(key("t0"))).isNull();
        assertThat(tokens.find(key("t6"))).isNull();
        assertThat(tokens.find(key("t7"))).isNotNull();
        assertThat(tokens.find(key("t9"))).isNotNull();
    }

    @Test
    void expiredEntriesMakeRoomBeforeAnyLiveOne() {
        VerifiedTokens tokens = new VerifiedTokens(2, clock);
        tokens.remember(key("long"), identity("a"), START.plusSeconds(300));
        tokens.remember(key("short"), identity("b"), START.plusSeconds(1));
        clock.advance(Duration.ofSeconds(2));

        tokens.remember(key("new"), identity("c"), START.plusSeconds(200));

        assertThat(tokens.find(key("long"))).isNotNull();
        assertThat(tokens.find(key("new"))).isNotNull();
        assertThat(tokens.size()).isEqualTo(2);
    }

    @Test
    void rememberingATokenAgainReplacesItsEntryWithoutEvictingAnother() {
        VerifiedTokens tokens = new VerifiedTokens(2, clock);
        tokens.remember(key("a"), identity("a"), START.plusSeconds(10));
        tokens.remember(key("b"), identity("b"), START.plusSeconds(20));
        SecurityIdentity again = identity("a");

        tokens.remember(key("a"), again, START.plusSeconds(10));

        assertThat(tokens.find(key("a"))).isSameAs(again);
        assertThat(tokens.find(key("b"))).isNotNull();
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        VerifiedTokens tokens = new VerifiedTokens(0, clock);

        tokens.remember(key("a"), identity("a"), START.plusSeconds(10));

        assertThat(tokens.find(key("a"))).isNull();
    }

    @Test
    void theBoundHoldsUnderConcurrentAdditions() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens(100, clock);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int t = thread;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        tokens.remember(key(t + "-" + i), identity("u"), START.plusSeconds(1 + i % 300));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(tokens.size()).isEqualTo(100);
    }

    private static VerifiedTokens.Key key(String token) {
        return new VerifiedTokens.Key("Default", token);
    }

    private static SecurityIdentity identity(String name) {
        Principal principal = () -> name;
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRole("immigration-officer").build();
    }
}
