// Units of time from nanoseconds to days: saturating conversions and timed sleep, wait and join.
package java.util.concurrent;

public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1000L),
    MILLISECONDS(1000L * 1000L),
    SECONDS(1000L * 1000L * 1000L),
    MINUTES(60L * 1000L * 1000L * 1000L),
    HOURS(60L * 60L * 1000L * 1000L * 1000L),
    DAYS(24L * 60L * 60L * 1000L * 1000L * 1000L);

    /** Nanoseconds in one of this unit. */
    private final long scale;

    TimeUnit(long scale) {
        this.scale = scale;
    }

    /** d units of scale `from` in units of scale `to`: truncated, saturated at the long range. */
    private static long convert(long d, long from, long to) {
        if (from == to) {
            return d;
        }
        if (from < to) {
            return d / (to / from);
        }
        long r = from / to;
        long max = Long.MAX_VALUE / r;
        if (d > max) {
            return Long.MAX_VALUE;
        }
        if (d < -max) {
            return Long.MIN_VALUE;
        }
        return d * r;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return convert(sourceDuration, sourceUnit.scale, scale);
    }

    public long toNanos(long duration) {
        return convert(duration, scale, NANOSECONDS.scale);
    }

    public long toMicros(long duration) {
        return convert(duration, scale, MICROSECONDS.scale);
    }

    public long toMillis(long duration) {
        return convert(duration, scale, MILLISECONDS.scale);
    }

    public long toSeconds(long duration) {
        return convert(duration, scale, SECONDS.scale);
    }

    public long toMinutes(long duration) {
        return convert(duration, scale, MINUTES.scale);
    }

    public long toHours(long duration) {
        return convert(duration, scale, HOURS.scale);
    }

    public long toDays(long duration) {
        return convert(duration, scale, DAYS.scale);
    }

    /** The nanoseconds of `duration` beyond its whole milliseconds `millis`. */
    private int excessNanos(long duration, long millis) {
        if (scale == NANOSECONDS.scale) {
            return (int) (duration - millis * 1000000L);
        }
        if (scale == MICROSECONDS.scale) {
            return (int) (duration * 1000L - millis * 1000000L);
        }
        return 0;
    }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            obj.wait(ms, excessNanos(timeout, ms));
        }
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            thread.join(ms, excessNanos(timeout, ms));
        }
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            Thread.sleep(ms, excessNanos(timeout, ms));
        }
    }
}
