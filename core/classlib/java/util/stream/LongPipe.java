// LongStream: the stages and terminal operations of a stream of long values.
package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** The long twin of RefPipe; see there for the flags each stage clears and sets. */
class LongPipe extends Pipe implements LongStream {
    LongPipe(Source source) {
        super(source);
    }

    LongPipe(Pipe prev, int clear, int set) {
        super(prev, clear, set);
    }

    @Override
    final int shape() {
        return LONG;
    }

    /** A stream that is not ours, as one of ours that reads its iterator and closes it. */
    static LongPipe adopt(final LongStream s) {
        LongPipe p = new LongPipe(new Source.OfIterator(LONG, s.iterator()));
        p.setParallel(s.isParallel());
        p.addCloseAction(new Runnable() {
            public void run() {
                s.close();
            }
        });
        return p;
    }

    // ---- BaseStream ------------------------------------------------------------------------

    @Override
    public final PrimitiveIterator.OfLong iterator() {
        return new Iterators.OfLong(asSource());
    }

    @Override
    public final LongStream sequential() {
        setParallel(false);
        return this;
    }

    @Override
    public final LongStream parallel() {
        setParallel(true);
        return this;
    }

    @Override
    public final LongStream unordered() {
        if ((flags & ORDERED) == 0) {
            return this;
        }
        return new LongPipe(this, ORDERED, 0);
    }

    @Override
    public final LongStream onClose(Runnable closeHandler) {
        addCloseAction(closeHandler);
        return this;
    }

    // ---- Stateless stages ------------------------------------------------------------------

    @Override
    public final LongStream filter(final LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipe(this, SIZED, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(long t) {
                        if (predicate.test(t)) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    @Override
    public final LongStream map(final LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(long t) {
                        down.accept(mapper.applyAsLong(t));
                    }
                };
            }
        };
    }

    @Override
    public final <U> Stream<U> mapToObj(final LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipe<U>(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(long t) {
                        down.accept((Object) mapper.apply(t));
                    }
                };
            }
        };
    }

    @Override
    public final IntStream mapToInt(final LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(long t) {
                        down.accept(mapper.applyAsInt(t));
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream mapToDouble(final LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(long t) {
                        down.accept(mapper.applyAsDouble(t));
                    }
                };
            }
        };
    }

    /** Boxing keeps the flags: Long's natural order and equality are long's. */
    @Override
    public final Stream<Long> boxed() {
        return new RefPipe<Long>(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(long t) {
                        down.accept((Object) Long.valueOf(t));
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream asDoubleStream() {
        return new DoublePipe(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(long t) {
                        down.accept((double) t);
                    }
                };
            }
        };
    }

    @Override
    public final LongStream flatMap(final LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new FlatMapSink(down) {
                    @Override
                    public void accept(long t) {
                        pushAll(mapper.apply(t));
                    }
                };
            }
        };
    }

    @Override
    public final LongStream mapMulti(final LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(long t) {
                        mapper.accept(t, down);
                    }
                };
            }
        };
    }

    @Override
    public final LongStream peek(final LongConsumer action) {
        Objects.requireNonNull(action);
        return new LongPipe(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(long t) {
                        action.accept(t);
                        down.accept(t);
                    }
                };
            }
        };
    }

    // ---- Stateful and short-circuiting stages ----------------------------------------------

    /** As the JDK: through boxed values, so a distinct stream loses SORTED on the way back. */
    @Override
    public final LongStream distinct() {
        return boxed().distinct().mapToLong(new ToLongFunction<Long>() {
            public long applyAsLong(Long i) {
                return i;
            }
        });
    }

    @Override
    public final LongStream sorted() {
        return new LongPipe(this, 0, ORDERED | SORTED) {
            @Override
            Sink wrap(Sink down) {
                if ((prev.flags & SORTED) != 0) {
                    return down;
                }
                return new SortSink(down, LONG, null);
            }
        };
    }

    @Override
    public final LongStream limit(final long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return new LongPipe(this, 0, SHORT_CIRCUIT) {
            @Override
            Sink wrap(Sink down) {
                return new SliceSink(down, 0, maxSize);
            }

            @Override
            long adjustSize(long size) {
                return SliceSink.outputSize(size, 0, maxSize);
            }
        };
    }

    @Override
    public final LongStream skip(final long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new LongPipe(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new SliceSink(down, n, -1);
            }

            @Override
            long adjustSize(long size) {
                return SliceSink.outputSize(size, n, -1);
            }
        };
    }

    @Override
    public final LongStream takeWhile(final LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipe(this, SIZED, SHORT_CIRCUIT) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    private boolean take = true;

                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(long t) {
                        if (take && (take = predicate.test(t))) {
                            down.accept(t);
                        }
                    }

                    @Override
                    boolean cancellationRequested() {
                        return !take || down.cancellationRequested();
                    }
                };
            }
        };
    }

    @Override
    public final LongStream dropWhile(final LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipe(this, SIZED, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    private boolean take;

                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(long t) {
                        if (take || (take = !predicate.test(t))) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    // ---- Terminal operations ---------------------------------------------------------------

    @Override
    public final void forEach(final LongConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @Override
            public void accept(long t) {
                action.accept(t);
            }
        }, false);
    }

    @Override
    public final void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    @Override
    public final long[] toArray() {
        Buffer b = new Buffer(LONG);
        evaluate(b, false);
        return b.longArray();
    }

    @Override
    public final long reduce(final long identity, final LongBinaryOperator op) {
        Objects.requireNonNull(op);
        final class Reducer extends Sink {
            long state;

            @Override
            void begin(long size) {
                state = identity;
            }

            @Override
            public void accept(long t) {
                state = op.applyAsLong(state, t);
            }
        }
        Reducer r = new Reducer();
        evaluate(r, false);
        return r.state;
    }

    @Override
    public final OptionalLong reduce(final LongBinaryOperator op) {
        Objects.requireNonNull(op);
        final class Reducer extends Sink {
            boolean empty = true;
            long state;

            @Override
            public void accept(long t) {
                if (empty) {
                    empty = false;
                    state = t;
                } else {
                    state = op.applyAsLong(state, t);
                }
            }
        }
        Reducer r = new Reducer();
        evaluate(r, false);
        return r.empty ? OptionalLong.empty() : OptionalLong.of(r.state);
    }

    @Override
    public final <R> R collect(final Supplier<R> supplier, final ObjLongConsumer<R> accumulator,
            BiConsumer<R, R> combiner) {
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        final class Collecting extends Sink {
            R state;

            @Override
            void begin(long size) {
                state = supplier.get();
            }

            @Override
            public void accept(long t) {
                accumulator.accept(state, t);
            }
        }
        Collecting c = new Collecting();
        evaluate(c, false);
        return c.state;
    }

    @Override
    public final long sum() {
        return reduce(0, new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
                return a + b;
            }
        });
    }

    @Override
    public final OptionalLong min() {
        return reduce(new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
                return Math.min(a, b);
            }
        });
    }

    @Override
    public final OptionalLong max() {
        return reduce(new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
                return Math.max(a, b);
            }
        });
    }

    @Override
    public final long count() {
        return countElements();
    }

    @Override
    public final OptionalDouble average() {
        long[] avg = collect(new Supplier<long[]>() {
            public long[] get() {
                return new long[2];
            }
        }, new ObjLongConsumer<long[]>() {
            public void accept(long[] a, long t) {
                a[0]++;
                a[1] += t;
            }
        }, new BiConsumer<long[], long[]>() {
            public void accept(long[] a, long[] b) {
                a[0] += b[0];
                a[1] += b[1];
            }
        });
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    @Override
    public final LongSummaryStatistics summaryStatistics() {
        return collect(new Supplier<LongSummaryStatistics>() {
            public LongSummaryStatistics get() {
                return new LongSummaryStatistics();
            }
        }, new ObjLongConsumer<LongSummaryStatistics>() {
            public void accept(LongSummaryStatistics s, long t) {
                s.accept(t);
            }
        }, new BiConsumer<LongSummaryStatistics, LongSummaryStatistics>() {
            public void accept(LongSummaryStatistics a, LongSummaryStatistics b) {
                a.combine(b);
            }
        });
    }

    private boolean match(final LongPredicate predicate, int kind) {
        Objects.requireNonNull(predicate);
        MatchSink m = new MatchSink(kind) {
            @Override
            public void accept(long t) {
                if (open()) {
                    see(predicate.test(t));
                }
            }
        };
        evaluate(m, true);
        return m.answer();
    }

    @Override
    public final boolean anyMatch(LongPredicate predicate) {
        return match(predicate, MatchSink.ANY);
    }

    @Override
    public final boolean allMatch(LongPredicate predicate) {
        return match(predicate, MatchSink.ALL);
    }

    @Override
    public final boolean noneMatch(LongPredicate predicate) {
        return match(predicate, MatchSink.NONE);
    }

    @Override
    public final OptionalLong findFirst() {
        final class Finder extends Sink {
            boolean found;
            long value;

            @Override
            public void accept(long t) {
                if (!found) {
                    found = true;
                    value = t;
                }
            }

            @Override
            boolean cancellationRequested() {
                return found;
            }
        }
        Finder f = new Finder();
        evaluate(f, true);
        return f.found ? OptionalLong.of(f.value) : OptionalLong.empty();
    }

    @Override
    public final OptionalLong findAny() {
        return findFirst();
    }
}
