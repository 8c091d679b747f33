// IntStream: the stages and terminal operations of a stream of int values.
package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** The int twin of RefPipe; see there for the flags each stage clears and sets. */
class IntPipe extends Pipe implements IntStream {
    IntPipe(Source source) {
        super(source);
    }

    IntPipe(Pipe prev, int clear, int set) {
        super(prev, clear, set);
    }

    @Override
    final int shape() {
        return INT;
    }

    /** A stream that is not ours, as one of ours that reads its iterator and closes it. */
    static IntPipe adopt(final IntStream s) {
        IntPipe p = new IntPipe(new Source.OfIterator(INT, s.iterator()));
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
    public final PrimitiveIterator.OfInt iterator() {
        return new Iterators.OfInt(asSource());
    }

    @Override
    public final IntStream sequential() {
        setParallel(false);
        return this;
    }

    @Override
    public final IntStream parallel() {
        setParallel(true);
        return this;
    }

    @Override
    public final IntStream unordered() {
        if ((flags & ORDERED) == 0) {
            return this;
        }
        return new IntPipe(this, ORDERED, 0);
    }

    @Override
    public final IntStream onClose(Runnable closeHandler) {
        addCloseAction(closeHandler);
        return this;
    }

    // ---- Stateless stages ------------------------------------------------------------------

    @Override
    public final IntStream filter(final IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipe(this, SIZED, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(int t) {
                        if (predicate.test(t)) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    @Override
    public final IntStream map(final IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(int t) {
                        down.accept(mapper.applyAsInt(t));
                    }
                };
            }
        };
    }

    @Override
    public final <U> Stream<U> mapToObj(final IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipe<U>(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(int t) {
                        down.accept((Object) mapper.apply(t));
                    }
                };
            }
        };
    }

    @Override
    public final LongStream mapToLong(final IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(int t) {
                        down.accept(mapper.applyAsLong(t));
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream mapToDouble(final IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(int t) {
                        down.accept(mapper.applyAsDouble(t));
                    }
                };
            }
        };
    }

    /** Boxing keeps the flags: Integer's natural order and equality are int's. */
    @Override
    public final Stream<Integer> boxed() {
        return new RefPipe<Integer>(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(int t) {
                        down.accept((Object) Integer.valueOf(t));
                    }
                };
            }
        };
    }

    @Override
    public final LongStream asLongStream() {
        return new LongPipe(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(int t) {
                        down.accept((long) t);
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
                    public void accept(int t) {
                        down.accept((double) t);
                    }
                };
            }
        };
    }

    @Override
    public final IntStream flatMap(final IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new FlatMapSink(down) {
                    @Override
                    public void accept(int t) {
                        pushAll(mapper.apply(t));
                    }
                };
            }
        };
    }

    @Override
    public final IntStream mapMulti(final IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(int t) {
                        mapper.accept(t, down);
                    }
                };
            }
        };
    }

    @Override
    public final IntStream peek(final IntConsumer action) {
        Objects.requireNonNull(action);
        return new IntPipe(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(int t) {
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
    public final IntStream distinct() {
        return boxed().distinct().mapToInt(new ToIntFunction<Integer>() {
            public int applyAsInt(Integer i) {
                return i;
            }
        });
    }

    @Override
    public final IntStream sorted() {
        return new IntPipe(this, 0, ORDERED | SORTED) {
            @Override
            Sink wrap(Sink down) {
                if ((prev.flags & SORTED) != 0) {
                    return down;
                }
                return new SortSink(down, INT, null);
            }
        };
    }

    @Override
    public final IntStream limit(final long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return new IntPipe(this, 0, SHORT_CIRCUIT) {
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
    public final IntStream skip(final long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new IntPipe(this, 0, 0) {
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
    public final IntStream takeWhile(final IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipe(this, SIZED, SHORT_CIRCUIT) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    private boolean take = true;

                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(int t) {
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
    public final IntStream dropWhile(final IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipe(this, SIZED, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    private boolean take;

                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(int t) {
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
    public final void forEach(final IntConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @Override
            public void accept(int t) {
                action.accept(t);
            }
        }, false);
    }

    @Override
    public final void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    @Override
    public final int[] toArray() {
        Buffer b = new Buffer(INT);
        evaluate(b, false);
        return b.intArray();
    }

    @Override
    public final int reduce(final int identity, final IntBinaryOperator op) {
        Objects.requireNonNull(op);
        final class Reducer extends Sink {
            int state;

            @Override
            void begin(long size) {
                state = identity;
            }

            @Override
            public void accept(int t) {
                state = op.applyAsInt(state, t);
            }
        }
        Reducer r = new Reducer();
        evaluate(r, false);
        return r.state;
    }

    @Override
    public final OptionalInt reduce(final IntBinaryOperator op) {
        Objects.requireNonNull(op);
        final class Reducer extends Sink {
            boolean empty = true;
            int state;

            @Override
            public void accept(int t) {
                if (empty) {
                    empty = false;
                    state = t;
                } else {
                    state = op.applyAsInt(state, t);
                }
            }
        }
        Reducer r = new Reducer();
        evaluate(r, false);
        return r.empty ? OptionalInt.empty() : OptionalInt.of(r.state);
    }

    @Override
    public final <R> R collect(final Supplier<R> supplier, final ObjIntConsumer<R> accumulator,
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
            public void accept(int t) {
                accumulator.accept(state, t);
            }
        }
        Collecting c = new Collecting();
        evaluate(c, false);
        return c.state;
    }

    @Override
    public final int sum() {
        return reduce(0, new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return a + b;
            }
        });
    }

    @Override
    public final OptionalInt min() {
        return reduce(new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return Math.min(a, b);
            }
        });
    }

    @Override
    public final OptionalInt max() {
        return reduce(new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
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
        }, new ObjIntConsumer<long[]>() {
            public void accept(long[] a, int t) {
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
    public final IntSummaryStatistics summaryStatistics() {
        return collect(new Supplier<IntSummaryStatistics>() {
            public IntSummaryStatistics get() {
                return new IntSummaryStatistics();
            }
        }, new ObjIntConsumer<IntSummaryStatistics>() {
            public void accept(IntSummaryStatistics s, int t) {
                s.accept(t);
            }
        }, new BiConsumer<IntSummaryStatistics, IntSummaryStatistics>() {
            public void accept(IntSummaryStatistics a, IntSummaryStatistics b) {
                a.combine(b);
            }
        });
    }

    private boolean match(final IntPredicate predicate, int kind) {
        Objects.requireNonNull(predicate);
        MatchSink m = new MatchSink(kind) {
            @Override
            public void accept(int t) {
                if (open()) {
                    see(predicate.test(t));
                }
            }
        };
        evaluate(m, true);
        return m.answer();
    }

    @Override
    public final boolean anyMatch(IntPredicate predicate) {
        return match(predicate, MatchSink.ANY);
    }

    @Override
    public final boolean allMatch(IntPredicate predicate) {
        return match(predicate, MatchSink.ALL);
    }

    @Override
    public final boolean noneMatch(IntPredicate predicate) {
        return match(predicate, MatchSink.NONE);
    }

    @Override
    public final OptionalInt findFirst() {
        final class Finder extends Sink {
            boolean found;
            int value;

            @Override
            public void accept(int t) {
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
        return f.found ? OptionalInt.of(f.value) : OptionalInt.empty();
    }

    @Override
    public final OptionalInt findAny() {
        return findFirst();
    }
}
