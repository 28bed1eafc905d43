package io.masthead.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

@ConfigMapping(prefix = "masthead")
public interface MastheadConfig {

    SiteConfig site();

    /** Folder for the H2 database and the image store. */
    String dataDir();

    Demo demo();

    PageCacheSettings cache();

    Views views();

    Popular popular();

    Synthetic synthetic();

    /** The first admin of a production newsroom, created on start when no admin exists. */
    FirstAdmin admin();

    Login login();

    Sessions session();

    Security security();

    Backup backup();

    SearchSettings search();

    interface SearchSettings {
        /**
         * H2 builds: how long a commit waits for the Lucene index to take it in before the page
         * cache is purged (past it, the index announces the change itself when it is done). 0s:
         * never wait (docker/ops/check-search-repair uses it to kill between commit and index).
         */
        @WithDefault("2s")
        Duration indexWait();
    }

    interface SiteConfig {
        String name();

        String tagline();

        /** BCP 47 language tag of the site, e.g. en-US. */
        String language();

        ZoneId timeZone();

        String contributorDisclaimer();

        /** Absolute origin used in canonical links, feeds and sitemaps, e.g. https://news.example.com */
        @WithDefault("http://localhost:8080")
        String baseUrl();
    }

    interface PageCacheSettings {
        /** Off: every request renders its page from the template (the benchmark's "cold" case). */
        @WithDefault("true")
        boolean enabled();

        /**
         * The data pages are rendered from (an article with its bylines and tags, a river page,
         * the rails), kept under the same freshness rules as the pages. Off as well: every
         * request runs its SQL statements (the benchmark's "uncached" case).
         */
        @WithDefault("true")
        boolean data();

        /** Bytes of rendered pages that many readers share (front page, fronts, feeds): 32 MiB. */
        @WithDefault("33554432")
        long sharedPageBytes();

        /** Bytes of rendered pages of one item each (archive articles, tag and author pages): 96 MiB. */
        @WithDefault("100663296")
        long singlePageBytes();

        /** Bytes of data and HTML that many pages share (fronts' lists, rails, header): 32 MiB. */
        @WithDefault("33554432")
        long sharedDataBytes();

        /** Bytes of one page's own data (an article with its bylines, a tag's first page, cards): 64 MiB. */
        @WithDefault("67108864")
        long singleDataBytes();

        /**
         * After a change, how long readers of shared data wait for the one reader who reads it
         * again before they are given the data from before the change.
         */
        @WithDefault("500ms")
        java.time.Duration staleWait();

        /** Upper bound on a cached page's age, whatever else happens (Most Popular moves). */
        @WithDefault("60s")
        java.time.Duration ttl();

        /**
         * How often each instance looks for content changed by another instance: a search page
         * follows another instance's publish within 2 s (issue 13), so each second.
         */
        @WithDefault("1s")
        String pollEvery();
    }

    interface Views {
        /** How often counted views are written to the database. */
        @WithDefault("10s")
        String flushEvery();

        /**
         * Views of one article counted from one client address (an IPv6 /64) per hour; the rest are
         * answered and ignored, so no single client can move Most Popular. 0 counts every view.
         */
        @WithDefault("3")
        int perClientPerArticle();

        /** Views of all articles counted from one client address per hour. */
        @WithDefault("120")
        int perClient();
    }

    interface Popular {
        /** How often Most Popular is recomputed from the counted views. */
        @WithDefault("60s")
        String refreshEvery();
    }

    interface Demo {
        /** Load the demo newsroom when the database holds no article. */
        boolean enabled();

        /** Create the documented demo accounts (one per role) when the store has no user. Off in production. */
        @WithDefault("true")
        boolean accounts();
    }

    interface Synthetic {
        /** Fill the store up to this many synthetic articles at start (0: off). */
        int articles();

        @WithDefault("20260101")
        long seed();

        Optional<Integer> batchSize();
    }

    interface FirstAdmin {
        Optional<String> username();

        Optional<String> password();
    }

    interface Login {
        /**
         * Failed logins one client may make for one account before each further attempt has to wait:
         * 1 s, then twice as long after every failure, up to {@link #maxBackoff()}. Other clients are not
         * slowed, so nobody can lock an owner out from somewhere else.
         */
        @WithDefault("5")
        int failuresBeforeBackoff();

        /** The longest wait between two attempts of one client for one account. */
        @WithDefault("15m")
        Duration maxBackoff();

        /** Failed logins one client address may make in a burst, whatever the accounts. */
        @WithDefault("30")
        int maxFailuresPerClient();

        /** After the burst, failed logins one client address may make per minute. */
        @WithDefault("6")
        int clientFailuresPerMinute();

        /** How often failed logins are summed up into the audit log (one row per client and account). */
        @WithDefault("60s")
        String auditEvery();
    }

    interface Sessions {
        /** A newsroom session ends after this long without a newsroom request. */
        @WithDefault("30m")
        Duration idleTimeout();

        /** ... and this long after sign-in, however busy. */
        @WithDefault("12h")
        Duration lifetime();
    }

    interface Security {
        /**
         * Strict-Transport-Security max-age sent on requests that arrived over TLS (directly or, from a
         * trusted proxy, with X-Forwarded-Proto: https). 0 sends none.
         */
        @WithDefault("365d")
        Duration hstsMaxAge();

        /** Most concurrent image decodes: each holds a decoded picture in memory. */
        @WithDefault("2")
        int imageDecodes();

        /** Memory all concurrent image decodes may hold together, in megabytes; uploads beyond wait for it. */
        @WithDefault("256")
        int imageMemoryMb();
    }

    interface Backup {
        /** How often to write an H2 backup into the data folder's backups/ (e.g. 24h); off by default. */
        @WithDefault("off")
        String every();

        /** Backups kept in backups/; older ones are deleted after each new one. */
        @WithDefault("14")
        int keep();
    }
}
