// Stream<T>: the stages and terminal operations of a stream of objects.
package java.util.stream;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Sinks see elements as Object; the casts to T are unchecked, as erasure makes them anyway.
 * Each stage states which output flags it clears and sets, as the JDK's do, since programs
 * can observe them: count() of a sized stream does not run the pipeline, and sorted() of a
 * stream already in natural order is no barrier.
 */
@SuppressWarnings("unchecked")
class RefPipe<T> extends Pipe implements Stream<T> {
    RefPipe(Source source) {
        super(source);
    }

    RefPipe(Pipe prev, int clear, int set) {
        super(prev, clear, set);
    }

    @Override
    final int shape() {
        return REF;
    }

    /** A stream that is not ours, as one of ours that reads its iterator and closes it. */
    static <T> RefPipe<T> adopt(final Stream<T> s) {
        RefPipe<T> p = new RefPipe<T>(new Source.OfIterator(REF, s.iterator()));
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
    public final Iterator<T> iterator() {
        return new Iterators.OfRef<T>(asSource());
    }

    @Override
    public final Stream<T> sequential() {
        setParallel(false);
        return this;
    }

    @Override
    public final Stream<T> parallel() {
        setParallel(true);
        return this;
    }

    @Override
    public final Stream<T> unordered() {
        if ((flags & ORDERED) == 0) {
            return this;
        }
        return new RefPipe<T>(this, ORDERED, 0);
    }

    @Override
    public final Stream<T> onClose(Runnable closeHandler) {
        addCloseAction(closeHandler);
        return this;
    }

    // ---- Stateless stages ------------------------------------------------------------------

    @Override
    public final Stream<T> filter(final Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new RefPipe<T>(this, SIZED, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(Object t) {
                        if (predicate.test((T) t)) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    @Override
    public final <R> Stream<R> map(final Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipe<R>(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(Object t) {
                        down.accept((Object) mapper.apply((T) t));
                    }
                };
            }
        };
    }

    @Override
    public final IntStream mapToInt(final ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(Object t) {
                        down.accept(mapper.applyAsInt((T) t));
                    }
                };
            }
        };
    }

    @Override
    public final LongStream mapToLong(final ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(Object t) {
                        down.accept(mapper.applyAsLong((T) t));
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream mapToDouble(final ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(Object t) {
                        down.accept(mapper.applyAsDouble((T) t));
                    }
                };
            }
        };
    }

    @Override
    public final <R> Stream<R> flatMap(final Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipe<R>(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new FlatMapSink(down) {
                    @Override
                    public void accept(Object t) {
                        pushAll(mapper.apply((T) t));
                    }
                };
            }
        };
    }

    @Override
    public final IntStream flatMapToInt(final Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new FlatMapSink(down) {
                    @Override
                    public void accept(Object t) {
                        pushAll(mapper.apply((T) t));
                    }
                };
            }
        };
    }

    @Override
    public final LongStream flatMapToLong(final Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new FlatMapSink(down) {
                    @Override
                    public void accept(Object t) {
                        pushAll(mapper.apply((T) t));
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream flatMapToDouble(final Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new FlatMapSink(down) {
                    @Override
                    public void accept(Object t) {
                        pushAll(mapper.apply((T) t));
                    }
                };
            }
        };
    }

    /** mapMulti's stage: the mapper hands its values straight to the next stage's sink. */
    private abstract static class MultiSink extends Sink.Chained {
        MultiSink(Sink down) {
            super(down);
        }

        @Override
        void begin(long size) {
            down.begin(-1);
        }
    }

    @Override
    public final <R> Stream<R> mapMulti(final BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipe<R>(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new MultiSink(down) {
                    @Override
                    public void accept(Object t) {
                        mapper.accept((T) t, (Consumer<R>) (Consumer<?>) down);
                    }
                };
            }
        };
    }

    @Override
    public final IntStream mapMultiToInt(final BiConsumer<? super T, ? super IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new MultiSink(down) {
                    @Override
                    public void accept(Object t) {
                        mapper.accept((T) t, (IntConsumer) down);
                    }
                };
            }
        };
    }

    @Override
    public final LongStream mapMultiToLong(final BiConsumer<? super T, ? super LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new MultiSink(down) {
                    @Override
                    public void accept(Object t) {
                        mapper.accept((T) t, (LongConsumer) down);
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream mapMultiToDouble(final BiConsumer<? super T, ? super DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new MultiSink(down) {
                    @Override
                    public void accept(Object t) {
                        mapper.accept((T) t, (DoubleConsumer) down);
                    }
                };
            }
        };
    }

    @Override
    public final Stream<T> peek(final Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return new RefPipe<T>(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(Object t) {
                        action.accept((T) t);
                        down.accept(t);
                    }
                };
            }
        };
    }

    // ---- Stateful and short-circuiting stages ----------------------------------------------

    @Override
    public final Stream<T> distinct() {
        return new RefPipe<T>(this, SIZED, DISTINCT) {
            @Override
            Sink wrap(Sink down) {
                if ((prev.flags & DISTINCT) != 0) {
                    return down;
                }
                if ((prev.flags & SORTED) != 0) {
                    return new SortedDistinctSink(down);
                }
                return new Sink.Chained(down) {
                    private Set<Object> seen;

                    @Override
                    void begin(long size) {
                        seen = new HashSet<Object>();
                        down.begin(-1);
                    }

                    @Override
                    void end() {
                        seen = null;
                        down.end();
                    }

                    @Override
                    public void accept(Object t) {
                        if (seen.add(t)) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    /** distinct() of a sorted stream: equal elements are adjacent, so compare with the last. */
    private static final class SortedDistinctSink extends Sink.Chained {
        private boolean seenNull;
        private Object last;

        SortedDistinctSink(Sink down) {
            super(down);
        }

        @Override
        void begin(long size) {
            down.begin(-1);
        }

        @Override
        public void accept(Object t) {
            if (t == null) {
                if (!seenNull) {
                    seenNull = true;
                    last = null;
                    down.accept(t);
                }
            } else if (last == null || !t.equals(last)) {
                last = t;
                down.accept(t);
            }
        }
    }

    @Override
    public final Stream<T> sorted() {
        return new RefPipe<T>(this, 0, ORDERED | SORTED) {
            @Override
            Sink wrap(Sink down) {
                if ((prev.flags & SORTED) != 0) {
                    return down;
                }
                return new SortSink(down, REF, null);
            }
        };
    }

    @Override
    public final Stream<T> sorted(final Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return new RefPipe<T>(this, SORTED, ORDERED) {
            @Override
            Sink wrap(Sink down) {
                return new SortSink(down, REF, comparator);
            }
        };
    }

    @Override
    public final Stream<T> limit(final long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return new RefPipe<T>(this, 0, SHORT_CIRCUIT) {
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
    public final Stream<T> skip(final long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new RefPipe<T>(this, 0, 0) {
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
    public final Stream<T> takeWhile(final Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new RefPipe<T>(this, SIZED, SHORT_CIRCUIT) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    private boolean take = true;

                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(Object t) {
                        if (take && (take = predicate.test((T) t))) {
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
    public final Stream<T> dropWhile(final Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new RefPipe<T>(this, SIZED, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    private boolean take;

                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(Object t) {
                        if (take || (take = !predicate.test((T) t))) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    // ---- Terminal operations ---------------------------------------------------------------

    @Override
    public final void forEach(final Consumer<? super T> action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @Override
            public void accept(Object t) {
                action.accept((T) t);
            }
        }, false);
    }

    @Override
    public final void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    @Override
    public final Object[] toArray() {
        return toArray(new IntFunction<Object[]>() {
            public Object[] apply(int n) {
                return new Object[n];
            }
        });
    }

    /**
     * When the size is known, the array is made before the traversal, as the JDK does;
     * otherwise after it, from a buffer.
     */
    @Override
    public final <A> A[] toArray(IntFunction<A[]> generator) {
        Source src = startTerminal();
        long size = exactOutputSize(src);
        if (size >= 0) {
            if (size >= Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("Stream size exceeds max array size");
            }
            final A[] array = generator.apply((int) size);
            copyInto(wrapAll(new Sink() {
                private int i;

                @Override
                public void accept(Object t) {
                    array[i++] = (A) t;
                }
            }), src, isShortCircuit());
            return array;
        }
        Buffer b = new Buffer(REF);
        copyInto(wrapAll(b), src, isShortCircuit());
        A[] array = generator.apply(b.count);
        System.arraycopy(b.refs, 0, array, 0, b.count);
        return array;
    }

    @Override
    public final T reduce(T identity, BinaryOperator<T> accumulator) {
        return reduce(identity, accumulator, accumulator);
    }

    @Override
    public final Optional<T> reduce(final BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        final class Reducer extends Sink {
            boolean empty = true;
            T state;

            @Override
            public void accept(Object t) {
                if (empty) {
                    empty = false;
                    state = (T) t;
                } else {
                    state = accumulator.apply(state, (T) t);
                }
            }
        }
        Reducer r = new Reducer();
        evaluate(r, false);
        return r.empty ? Optional.<T>empty() : Optional.of(r.state);
    }

    @Override
    public final <U> U reduce(final U identity, final BiFunction<U, ? super T, U> accumulator,
            BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        final class Reducer extends Sink {
            U state;

            @Override
            void begin(long size) {
                state = identity;
            }

            @Override
            public void accept(Object t) {
                state = accumulator.apply(state, (T) t);
            }
        }
        Reducer r = new Reducer();
        evaluate(r, false);
        return r.state;
    }

    @Override
    public final <R> R collect(final Supplier<R> supplier, final BiConsumer<R, ? super T> accumulator,
            BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return collectInto(supplier, accumulator);
    }

    private <R> R collectInto(final Supplier<R> supplier, final BiConsumer<R, ? super T> accumulator) {
        final class Collecting extends Sink {
            R state;

            @Override
            void begin(long size) {
                state = supplier.get();
            }

            @Override
            public void accept(Object t) {
                accumulator.accept(state, (T) t);
            }
        }
        Collecting c = new Collecting();
        evaluate(c, false);
        return c.state;
    }

    @Override
    public final <R, A> R collect(Collector<? super T, A, R> collector) {
        Supplier<A> supplier = Objects.requireNonNull(collector).supplier();
        BiConsumer<A, ? super T> accumulator = collector.accumulator();
        collector.combiner();
        A container = collectInto(supplier, accumulator);
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container
                : collector.finisher().apply(container);
    }

    @Override
    public final Optional<T> min(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.minBy(comparator));
    }

    @Override
    public final Optional<T> max(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.maxBy(comparator));
    }

    @Override
    public final long count() {
        return countElements();
    }

    private boolean match(final Predicate<? super T> predicate, int kind) {
        Objects.requireNonNull(predicate);
        MatchSink m = new MatchSink(kind) {
            @Override
            public void accept(Object t) {
                if (open()) {
                    see(predicate.test((T) t));
                }
            }
        };
        evaluate(m, true);
        return m.answer();
    }

    @Override
    public final boolean anyMatch(Predicate<? super T> predicate) {
        return match(predicate, MatchSink.ANY);
    }

    @Override
    public final boolean allMatch(Predicate<? super T> predicate) {
        return match(predicate, MatchSink.ALL);
    }

    @Override
    public final boolean noneMatch(Predicate<? super T> predicate) {
        return match(predicate, MatchSink.NONE);
    }

    @Override
    public final Optional<T> findFirst() {
        final class Finder extends Sink {
            boolean found;
            T value;

            @Override
            public void accept(Object t) {
                if (!found) {
                    found = true;
                    value = (T) t;
                }
            }

            @Override
            boolean cancellationRequested() {
                return found;
            }
        }
        Finder f = new Finder();
        evaluate(f, true);
        return f.found ? Optional.of(f.value) : Optional.<T>empty();
    }

    @Override
    public final Optional<T> findAny() {
        return findFirst();
    }
}
