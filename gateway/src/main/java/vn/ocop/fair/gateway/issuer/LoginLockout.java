package vn.ocop.fair.gateway.issuer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.ocop.fair.gateway.GatewayProperties.Lockout;

/**
 * Wrong passwords at {@code /auth/token}, counted per account (from any address) and per client address
 * (for any account). At the threshold the account or the address is locked for the first lock, doubled
 * with every further failure after it, up to the longest lock; a count is forgotten a window after its
 * last failure. While locked, passwords are not even checked. A successful login resets nothing: an
 * attacker's failures from one address are never wiped by the owner's login from another.
 * Kept in this instance's memory (bounded): the local issuer is a single-instance demo issuer.
 */
class LoginLockout {

    private final Lockout settings;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    LoginLockout(Lockout settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(settings.window().plus(settings.longestLock()))
                .build();
    }

    /** Throws {@link LoginLocked} while the account or the address is locked. */
    void checkNotLocked(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(accountKey(account), now), remaining(addressKey(address), now));
        if (!wait.isZero()) {
            throw new LoginLocked(wait);
        }
    }

    /** Counts a wrong password against the account and the address, locking either at its threshold. */
    void failed(String account, String address) {
        Instant now = clock.instant();
        count(accountKey(account), settings.accountFailures(), now);
        count(addressKey(address), settings.addressFailures(), now);
    }

    private Duration remaining(String key, Instant now) {
        Failures known = failures.getIfPresent(key);
        if (known == null) {
            return Duration.ZERO;
        }
        synchronized (known) {
            return now.isBefore(known.lockedUntil) ? Duration.between(now, known.lockedUntil) : Duration.ZERO;
        }
    }

    private void count(String key, int threshold, Instant now) {
        Failures known = failures.get(key, k -> new Failures());
        synchronized (known) {
            if (known.count > 0
                    && now.isAfter(known.last.plus(settings.window()))
                    && !now.isBefore(known.lockedUntil)) {
                known.count = 0;
            }
            known.count++;
            known.last = now;
            int beyond = known.count - threshold;
            if (beyond >= 0) {
                known.lockedUntil = now.plus(lock(beyond));
            }
        }
    }

    /** The first lock, doubled {@code beyond} times, at most the longest lock. */
    private Duration lock(int beyond) {
        Duration lock = settings.firstLock();
        for (int i = 0; i < beyond && lock.compareTo(settings.longestLock()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(settings.longestLock()) > 0 ? settings.longestLock() : lock;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Failures {
        int count;
        Instant last = Instant.MIN;
        Instant lockedUntil = Instant.MIN;
    }
}
