// The standard collectors: to collections and maps, joining, grouping, partitioning, summing.
package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Each collector's container, order of calls and characteristics follow the JDK's, since a
 * program can see them: groupingBy fills the map with computeIfAbsent and finishes it with
 * replaceAll, toMap without a merge function uses putIfAbsent, summing and averaging doubles
 * use compensated summation.
 */
@SuppressWarnings("unchecked")
public final class Collectors {
    static final Set<Collector.Characteristics> CH_ID =
            CharacteristicsSet.of(Collector.Characteristics.IDENTITY_FINISH);
    static final Set<Collector.Characteristics> CH_UNORDERED_ID =
            CharacteristicsSet.of(Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH);
    static final Set<Collector.Characteristics> CH_NOID = CharacteristicsSet.of();
    static final Set<Collector.Characteristics> CH_UNORDERED_NOID =
            CharacteristicsSet.of(Collector.Characteristics.UNORDERED);
    static final Set<Collector.Characteristics> CH_CONCURRENT_ID = CharacteristicsSet.of(
            Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH);
    static final Set<Collector.Characteristics> CH_CONCURRENT_NOID =
            CharacteristicsSet.of(Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED);

    private Collectors() {
    }

    /** The collector all of these build. */
    static final class CollectorImpl<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;
        private final Set<Characteristics> characteristics;

        CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                Function<A, R> finisher, Set<Characteristics> characteristics) {
            this.supplier = supplier;
            this.accumulator = accumulator;
            this.combiner = combiner;
            this.finisher = finisher;
            this.characteristics = characteristics;
        }

        CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                Set<Characteristics> characteristics) {
            this(supplier, accumulator, combiner, Collectors.<A, R>castingIdentity(), characteristics);
        }

        public Supplier<A> supplier() {
            return supplier;
        }

        public BiConsumer<A, T> accumulator() {
            return accumulator;
        }

        public BinaryOperator<A> combiner() {
            return combiner;
        }

        public Function<A, R> finisher() {
            return finisher;
        }

        public Set<Characteristics> characteristics() {
            return characteristics;
        }
    }

    static <I, R> Function<I, R> castingIdentity() {
        return new Function<I, R>() {
            public R apply(I i) {
                return (R) i;
            }
        };
    }

    // ---- Compensated summation (shared with DoubleStream) ----------------------------------

    /**
     * Adds value to the Kahan sum in s[0], whose running compensation (the low-order bits
     * lost so far, negated) is s[1].
     */
    static double[] sumWithCompensation(double[] s, double value) {
        double tmp = value - s[1];
        double sum = s[0];
        double velvel = sum + tmp;
        s[1] = (velvel - sum) - tmp;
        s[0] = velvel;
        return s;
    }

    /** The compensated sum; the plain sum (the last slot) when that one overflowed to NaN. */
    static double computeFinalSum(double[] summands) {
        double tmp = summands[0] - summands[1];
        double simpleSum = summands[summands.length - 1];
        if (Double.isNaN(tmp) && Double.isInfinite(simpleSum)) {
            return simpleSum;
        }
        return tmp;
    }

    // ---- Into collections ------------------------------------------------------------------

    private static <T, C extends Collection<T>> BiConsumer<C, T> adder() {
        return new BiConsumer<C, T>() {
            public void accept(C c, T t) {
                c.add(t);
            }
        };
    }

    private static <T, C extends Collection<T>> BinaryOperator<C> addAll() {
        return new BinaryOperator<C>() {
            public C apply(C left, C right) {
                left.addAll(right);
                return left;
            }
        };
    }

    /** Adds the smaller set into the larger. */
    private static <T, S extends Set<T>> BinaryOperator<S> setUnion() {
        return new BinaryOperator<S>() {
            public S apply(S left, S right) {
                if (left.size() < right.size()) {
                    right.addAll(left);
                    return right;
                }
                left.addAll(right);
                return left;
            }
        };
    }

    private static <T> Supplier<List<T>> newArrayList() {
        return new Supplier<List<T>>() {
            public List<T> get() {
                return new ArrayList<T>();
            }
        };
    }

    private static <T> Supplier<Set<T>> newHashSet() {
        return new Supplier<Set<T>>() {
            public Set<T> get() {
                return new HashSet<T>();
            }
        };
    }

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        return new CollectorImpl<T, C, C>(collectionFactory, Collectors.<T, C>adder(),
                Collectors.<T, C>addAll(), CH_ID);
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return new CollectorImpl<T, List<T>, List<T>>(Collectors.<T>newArrayList(),
                Collectors.<T, List<T>>adder(), Collectors.<T, List<T>>addAll(), CH_ID);
    }

    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return new CollectorImpl<T, List<T>, List<T>>(Collectors.<T>newArrayList(),
                Collectors.<T, List<T>>adder(), Collectors.<T, List<T>>addAll(),
                new Function<List<T>, List<T>>() {
                    public List<T> apply(List<T> list) {
                        return (List<T>) List.of(list.toArray());
                    }
                }, CH_NOID);
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return new CollectorImpl<T, Set<T>, Set<T>>(Collectors.<T>newHashSet(),
                Collectors.<T, Set<T>>adder(), Collectors.<T, Set<T>>setUnion(), CH_UNORDERED_ID);
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return new CollectorImpl<T, Set<T>, Set<T>>(Collectors.<T>newHashSet(),
                Collectors.<T, Set<T>>adder(), Collectors.<T, Set<T>>setUnion(),
                new Function<Set<T>, Set<T>>() {
                    public Set<T> apply(Set<T> set) {
                        return (Set<T>) Set.of(set.toArray());
                    }
                }, CH_UNORDERED_NOID);
    }

    // ---- Joining ---------------------------------------------------------------------------

    public static Collector<CharSequence, ?, String> joining() {
        return new CollectorImpl<CharSequence, StringBuilder, String>(new Supplier<StringBuilder>() {
            public StringBuilder get() {
                return new StringBuilder();
            }
        }, new BiConsumer<StringBuilder, CharSequence>() {
            public void accept(StringBuilder sb, CharSequence cs) {
                sb.append(cs);
            }
        }, new BinaryOperator<StringBuilder>() {
            public StringBuilder apply(StringBuilder a, StringBuilder b) {
                a.append(b);
                return a;
            }
        }, new Function<StringBuilder, String>() {
            public String apply(StringBuilder sb) {
                return sb.toString();
            }
        }, CH_NOID);
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(final CharSequence delimiter,
            final CharSequence prefix, final CharSequence suffix) {
        return new CollectorImpl<CharSequence, Joiner, String>(new Supplier<Joiner>() {
            public Joiner get() {
                return new Joiner(delimiter, prefix, suffix);
            }
        }, new BiConsumer<Joiner, CharSequence>() {
            public void accept(Joiner j, CharSequence cs) {
                j.add(cs);
            }
        }, new BinaryOperator<Joiner>() {
            public Joiner apply(Joiner a, Joiner b) {
                return a.merge(b);
            }
        }, new Function<Joiner, String>() {
            public String apply(Joiner j) {
                return j.toString();
            }
        }, CH_NOID);
    }

    /** What StringJoiner does for joining: prefix, elements between delimiters, suffix. */
    private static final class Joiner {
        private final String prefix;
        private final String delimiter;
        private final String suffix;
        private StringBuilder value;

        Joiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
            Objects.requireNonNull(prefix, "The prefix must not be null");
            Objects.requireNonNull(delimiter, "The delimiter must not be null");
            Objects.requireNonNull(suffix, "The suffix must not be null");
            this.prefix = prefix.toString();
            this.delimiter = delimiter.toString();
            this.suffix = suffix.toString();
        }

        void add(CharSequence cs) {
            if (value == null) {
                value = new StringBuilder().append(prefix);
            } else {
                value.append(delimiter);
            }
            value.append(cs);
        }

        Joiner merge(Joiner other) {
            if (other.value != null) {
                String rest = other.value.substring(other.prefix.length());
                if (value == null) {
                    value = new StringBuilder().append(prefix);
                } else {
                    value.append(delimiter);
                }
                value.append(rest);
            }
            return this;
        }

        @Override
        public String toString() {
            return value == null ? prefix + suffix : value.toString() + suffix;
        }
    }

    // ---- Adapting a downstream collector ---------------------------------------------------

    public static <T, U, A, R> Collector<T, ?, R> mapping(final Function<? super T, ? extends U> mapper,
            Collector<? super U, A, R> downstream) {
        final BiConsumer<A, ? super U> downstreamAccumulator = downstream.accumulator();
        return new CollectorImpl<T, A, R>(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(A r, T t) {
                downstreamAccumulator.accept(r, mapper.apply(t));
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(
            final Function<? super T, ? extends Stream<? extends U>> mapper,
            Collector<? super U, A, R> downstream) {
        final BiConsumer<A, ? super U> downstreamAccumulator = downstream.accumulator();
        return new CollectorImpl<T, A, R>(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(final A r, T t) {
                Stream<? extends U> result = mapper.apply(t);
                if (result == null) {
                    return;
                }
                try (Stream<? extends U> s = result) {
                    s.sequential().forEach(new Consumer<U>() {
                        public void accept(U u) {
                            downstreamAccumulator.accept(r, u);
                        }
                    });
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(final Predicate<? super T> predicate,
            Collector<? super T, A, R> downstream) {
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        return new CollectorImpl<T, A, R>(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(A r, T t) {
                if (predicate.test(t)) {
                    downstreamAccumulator.accept(r, t);
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
            Function<R, RR> finisher) {
        Set<Collector.Characteristics> characteristics = CharacteristicsSet.without(
                downstream.characteristics(), Collector.Characteristics.IDENTITY_FINISH);
        return new CollectorImpl<T, A, RR>(downstream.supplier(), downstream.accumulator(),
                downstream.combiner(), downstream.finisher().andThen(finisher), characteristics);
    }

    // ---- Reducing --------------------------------------------------------------------------

    public static <T> Collector<T, ?, Long> counting() {
        return summingLong(new ToLongFunction<T>() {
            public long applyAsLong(T t) {
                return 1L;
            }
        });
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.<T>minBy(comparator));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.<T>maxBy(comparator));
    }

    public static <T> Collector<T, ?, Integer> summingInt(final ToIntFunction<? super T> mapper) {
        return new CollectorImpl<T, int[], Integer>(new Supplier<int[]>() {
            public int[] get() {
                return new int[1];
            }
        }, new BiConsumer<int[], T>() {
            public void accept(int[] a, T t) {
                a[0] += mapper.applyAsInt(t);
            }
        }, new BinaryOperator<int[]>() {
            public int[] apply(int[] a, int[] b) {
                a[0] += b[0];
                return a;
            }
        }, new Function<int[], Integer>() {
            public Integer apply(int[] a) {
                return a[0];
            }
        }, CH_NOID);
    }

    public static <T> Collector<T, ?, Long> summingLong(final ToLongFunction<? super T> mapper) {
        return new CollectorImpl<T, long[], Long>(new Supplier<long[]>() {
            public long[] get() {
                return new long[1];
            }
        }, new BiConsumer<long[], T>() {
            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
            }
        }, new BinaryOperator<long[]>() {
            public long[] apply(long[] a, long[] b) {
                a[0] += b[0];
                return a;
            }
        }, new Function<long[], Long>() {
            public Long apply(long[] a) {
                return a[0];
            }
        }, CH_NOID);
    }

    /** [0] and [1] the compensated sum, [2] the plain sum. */
    public static <T> Collector<T, ?, Double> summingDouble(final ToDoubleFunction<? super T> mapper) {
        return new CollectorImpl<T, double[], Double>(new Supplier<double[]>() {
            public double[] get() {
                return new double[3];
            }
        }, new BiConsumer<double[], T>() {
            public void accept(double[] a, T t) {
                double val = mapper.applyAsDouble(t);
                sumWithCompensation(a, val);
                a[2] += val;
            }
        }, new BinaryOperator<double[]>() {
            public double[] apply(double[] a, double[] b) {
                sumWithCompensation(a, b[0]);
                a[2] += b[2];
                return sumWithCompensation(a, -b[1]);
            }
        }, new Function<double[], Double>() {
            public Double apply(double[] a) {
                return computeFinalSum(a);
            }
        }, CH_NOID);
    }

    /** [0] the sum, [1] the count. */
    private static <T> Collector<T, ?, Double> averagingLongs(final ToLongFunction<? super T> mapper) {
        return new CollectorImpl<T, long[], Double>(new Supplier<long[]>() {
            public long[] get() {
                return new long[2];
            }
        }, new BiConsumer<long[], T>() {
            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
                a[1]++;
            }
        }, new BinaryOperator<long[]>() {
            public long[] apply(long[] a, long[] b) {
                a[0] += b[0];
                a[1] += b[1];
                return a;
            }
        }, new Function<long[], Double>() {
            public Double apply(long[] a) {
                return a[1] == 0 ? 0.0d : (double) a[0] / a[1];
            }
        }, CH_NOID);
    }

    public static <T> Collector<T, ?, Double> averagingInt(final ToIntFunction<? super T> mapper) {
        return averagingLongs(new ToLongFunction<T>() {
            public long applyAsLong(T t) {
                return mapper.applyAsInt(t);
            }
        });
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        return averagingLongs(mapper);
    }

    /** [0] and [1] the compensated sum, [2] the count, [3] the plain sum. */
    public static <T> Collector<T, ?, Double> averagingDouble(final ToDoubleFunction<? super T> mapper) {
        return new CollectorImpl<T, double[], Double>(new Supplier<double[]>() {
            public double[] get() {
                return new double[4];
            }
        }, new BiConsumer<double[], T>() {
            public void accept(double[] a, T t) {
                double val = mapper.applyAsDouble(t);
                sumWithCompensation(a, val);
                a[2]++;
                a[3] += val;
            }
        }, new BinaryOperator<double[]>() {
            public double[] apply(double[] a, double[] b) {
                sumWithCompensation(a, b[0]);
                sumWithCompensation(a, -b[1]);
                a[2] += b[2];
                a[3] += b[3];
                return a;
            }
        }, new Function<double[], Double>() {
            public Double apply(double[] a) {
                return a[2] == 0 ? 0.0d : computeFinalSum(a) / a[2];
            }
        }, CH_NOID);
    }

    public static <T> Collector<T, ?, T> reducing(final T identity, final BinaryOperator<T> op) {
        return new CollectorImpl<T, Object[], T>(new Supplier<Object[]>() {
            public Object[] get() {
                return new Object[] {identity};
            }
        }, new BiConsumer<Object[], T>() {
            public void accept(Object[] a, T t) {
                a[0] = op.apply((T) a[0], t);
            }
        }, new BinaryOperator<Object[]>() {
            public Object[] apply(Object[] a, Object[] b) {
                a[0] = op.apply((T) a[0], (T) b[0]);
                return a;
            }
        }, new Function<Object[], T>() {
            public T apply(Object[] a) {
                return (T) a[0];
            }
        }, CH_NOID);
    }

    /** reducing(op)'s container: empty until the first element. */
    private static final class OptionalBox<T> {
        private final BinaryOperator<T> op;
        T value;
        boolean present;

        OptionalBox(BinaryOperator<T> op) {
            this.op = op;
        }

        void accept(T t) {
            if (present) {
                value = op.apply(value, t);
            } else {
                value = t;
                present = true;
            }
        }
    }

    public static <T> Collector<T, ?, Optional<T>> reducing(final BinaryOperator<T> op) {
        return new CollectorImpl<T, OptionalBox<T>, Optional<T>>(new Supplier<OptionalBox<T>>() {
            public OptionalBox<T> get() {
                return new OptionalBox<T>(op);
            }
        }, new BiConsumer<OptionalBox<T>, T>() {
            public void accept(OptionalBox<T> a, T t) {
                a.accept(t);
            }
        }, new BinaryOperator<OptionalBox<T>>() {
            public OptionalBox<T> apply(OptionalBox<T> a, OptionalBox<T> b) {
                if (b.present) {
                    a.accept(b.value);
                }
                return a;
            }
        }, new Function<OptionalBox<T>, Optional<T>>() {
            public Optional<T> apply(OptionalBox<T> a) {
                return Optional.ofNullable(a.value);
            }
        }, CH_NOID);
    }

    public static <T, U> Collector<T, ?, U> reducing(final U identity, final Function<? super T, ? extends U> mapper,
            final BinaryOperator<U> op) {
        return new CollectorImpl<T, Object[], U>(new Supplier<Object[]>() {
            public Object[] get() {
                return new Object[] {identity};
            }
        }, new BiConsumer<Object[], T>() {
            public void accept(Object[] a, T t) {
                a[0] = op.apply((U) a[0], mapper.apply(t));
            }
        }, new BinaryOperator<Object[]>() {
            public Object[] apply(Object[] a, Object[] b) {
                a[0] = op.apply((U) a[0], (U) b[0]);
                return a;
            }
        }, new Function<Object[], U>() {
            public U apply(Object[] a) {
                return (U) a[0];
            }
        }, CH_NOID);
    }

    // ---- Grouping and partitioning ---------------------------------------------------------

    /** Merges m2 into m1 with `merge` for keys in both. */
    private static <K, V, M extends Map<K, V>> BinaryOperator<M> mapMerger(final BinaryOperator<V> merge) {
        return new BinaryOperator<M>() {
            public M apply(M m1, M m2) {
                for (Map.Entry<K, V> e : m2.entrySet()) {
                    m1.merge(e.getKey(), e.getValue(), merge);
                }
                return m1;
            }
        };
    }

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, Collectors.<T>toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
            Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, new Supplier<Map<K, D>>() {
            public Map<K, D> get() {
                return new HashMap<K, D>();
            }
        }, downstream);
    }

    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            final Function<? super T, ? extends K> classifier, Supplier<M> mapFactory,
            Collector<? super T, A, D> downstream) {
        final Supplier<A> downstreamSupplier = downstream.supplier();
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        final Function<K, A> newContainer = new Function<K, A>() {
            public A apply(K k) {
                return downstreamSupplier.get();
            }
        };
        BiConsumer<Map<K, A>, T> accumulator = new BiConsumer<Map<K, A>, T>() {
            public void accept(Map<K, A> m, T t) {
                K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
                A container = m.computeIfAbsent(key, newContainer);
                downstreamAccumulator.accept(container, t);
            }
        };
        BinaryOperator<Map<K, A>> merger = Collectors.<K, A, Map<K, A>>mapMerger(downstream.combiner());
        Supplier<Map<K, A>> factory = (Supplier<Map<K, A>>) mapFactory;
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return new CollectorImpl<T, Map<K, A>, M>(factory, accumulator, merger, CH_ID);
        }
        final Function<A, A> downstreamFinisher = (Function<A, A>) downstream.finisher();
        final BiFunction<K, A, A> finishValue = new BiFunction<K, A, A>() {
            public A apply(K k, A v) {
                return downstreamFinisher.apply(v);
            }
        };
        return new CollectorImpl<T, Map<K, A>, M>(factory, accumulator, merger, new Function<Map<K, A>, M>() {
            public M apply(Map<K, A> intermediate) {
                intermediate.replaceAll(finishValue);
                return (M) intermediate;
            }
        }, CH_NOID);
    }

    private static <K, V> Supplier<ConcurrentMap<K, V>> newConcurrentHashMap() {
        return new Supplier<ConcurrentMap<K, V>>() {
            public ConcurrentMap<K, V> get() {
                return new ConcurrentHashMap<K, V>();
            }
        };
    }

    public static <T, K> Collector<T, ?, ConcurrentMap<K, List<T>>> groupingByConcurrent(
            Function<? super T, ? extends K> classifier) {
        return groupingByConcurrent(classifier, Collectors.<K, List<T>>newConcurrentHashMap(), Collectors.<T>toList());
    }

    public static <T, K, A, D> Collector<T, ?, ConcurrentMap<K, D>> groupingByConcurrent(
            Function<? super T, ? extends K> classifier, Collector<? super T, A, D> downstream) {
        return groupingByConcurrent(classifier, Collectors.<K, D>newConcurrentHashMap(), downstream);
    }

    /** As groupingBy; a downstream container that is not itself concurrent is filled under its lock. */
    public static <T, K, A, D, M extends ConcurrentMap<K, D>> Collector<T, ?, M> groupingByConcurrent(
            final Function<? super T, ? extends K> classifier, Supplier<M> mapFactory,
            Collector<? super T, A, D> downstream) {
        final Supplier<A> downstreamSupplier = downstream.supplier();
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        final boolean concurrentDownstream = downstream.characteristics().contains(Collector.Characteristics.CONCURRENT);
        final Function<K, A> newContainer = new Function<K, A>() {
            public A apply(K k) {
                return downstreamSupplier.get();
            }
        };
        BiConsumer<ConcurrentMap<K, A>, T> accumulator = new BiConsumer<ConcurrentMap<K, A>, T>() {
            public void accept(ConcurrentMap<K, A> m, T t) {
                K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
                A container = m.computeIfAbsent(key, newContainer);
                if (concurrentDownstream) {
                    downstreamAccumulator.accept(container, t);
                } else {
                    synchronized (container) {
                        downstreamAccumulator.accept(container, t);
                    }
                }
            }
        };
        BinaryOperator<ConcurrentMap<K, A>> merger =
                Collectors.<K, A, ConcurrentMap<K, A>>mapMerger(downstream.combiner());
        Supplier<ConcurrentMap<K, A>> factory = (Supplier<ConcurrentMap<K, A>>) mapFactory;
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return new CollectorImpl<T, ConcurrentMap<K, A>, M>(factory, accumulator, merger, CH_CONCURRENT_ID);
        }
        final Function<A, A> downstreamFinisher = (Function<A, A>) downstream.finisher();
        final BiFunction<K, A, A> finishValue = new BiFunction<K, A, A>() {
            public A apply(K k, A v) {
                return downstreamFinisher.apply(v);
            }
        };
        return new CollectorImpl<T, ConcurrentMap<K, A>, M>(factory, accumulator, merger,
                new Function<ConcurrentMap<K, A>, M>() {
                    public M apply(ConcurrentMap<K, A> intermediate) {
                        intermediate.replaceAll(finishValue);
                        return (M) intermediate;
                    }
                }, CH_CONCURRENT_NOID);
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, Collectors.<T>toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(final Predicate<? super T> predicate,
            final Collector<? super T, A, D> downstream) {
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        BiConsumer<Partition<A>, T> accumulator = new BiConsumer<Partition<A>, T>() {
            public void accept(Partition<A> result, T t) {
                downstreamAccumulator.accept(predicate.test(t) ? result.forTrue : result.forFalse, t);
            }
        };
        final BinaryOperator<A> op = downstream.combiner();
        BinaryOperator<Partition<A>> merger = new BinaryOperator<Partition<A>>() {
            public Partition<A> apply(Partition<A> left, Partition<A> right) {
                return new Partition<A>(op.apply(left.forTrue, right.forTrue), op.apply(left.forFalse, right.forFalse));
            }
        };
        Supplier<Partition<A>> supplier = new Supplier<Partition<A>>() {
            public Partition<A> get() {
                return new Partition<A>(downstream.supplier().get(), downstream.supplier().get());
            }
        };
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return new CollectorImpl<T, Partition<A>, Map<Boolean, D>>(supplier, accumulator, merger, CH_ID);
        }
        return new CollectorImpl<T, Partition<A>, Map<Boolean, D>>(supplier, accumulator, merger,
                new Function<Partition<A>, Map<Boolean, D>>() {
                    public Map<Boolean, D> apply(Partition<A> par) {
                        return new Partition<D>(downstream.finisher().apply(par.forTrue),
                                downstream.finisher().apply(par.forFalse));
                    }
                }, CH_NOID);
    }

    /** partitioningBy's map: exactly the keys false and true, in that order; unmodifiable. */
    private static final class Partition<T> extends AbstractMap<Boolean, T> {
        final T forTrue;
        final T forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        @Override
        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, T>>() {
                @Override
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    Map.Entry<Boolean, T> falseEntry = new AbstractMap.SimpleImmutableEntry<Boolean, T>(false, forFalse);
                    Map.Entry<Boolean, T> trueEntry = new AbstractMap.SimpleImmutableEntry<Boolean, T>(true, forTrue);
                    return List.of(falseEntry, trueEntry).iterator();
                }

                @Override
                public int size() {
                    return 2;
                }
            };
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof Boolean;
        }

        @Override
        public T get(Object key) {
            if (key instanceof Boolean) {
                return ((Boolean) key) ? forTrue : forFalse;
            }
            return null;
        }
    }

    // ---- Into maps -------------------------------------------------------------------------

    private static <K, V> Supplier<Map<K, V>> newHashMap() {
        return new Supplier<Map<K, V>>() {
            public Map<K, V> get() {
                return new HashMap<K, V>();
            }
        };
    }

    private static IllegalStateException duplicateKeyException(Object k, Object u, Object v) {
        return new IllegalStateException(String.format("Duplicate key %s (attempted merging values %s and %s)", k, u, v));
    }

    /** toMap's accumulator without a merge function: a second value for a key is an error. */
    private static <T, K, V, M extends Map<K, V>> BiConsumer<M, T> uniqKeysMapAccumulator(
            final Function<? super T, ? extends K> keyMapper, final Function<? super T, ? extends V> valueMapper) {
        return new BiConsumer<M, T>() {
            public void accept(M map, T element) {
                K k = keyMapper.apply(element);
                V v = Objects.requireNonNull(valueMapper.apply(element));
                V u = map.putIfAbsent(k, v);
                if (u != null) {
                    throw duplicateKeyException(k, u, v);
                }
            }
        };
    }

    private static <K, V, M extends Map<K, V>> BinaryOperator<M> uniqKeysMapMerger() {
        return new BinaryOperator<M>() {
            public M apply(M m1, M m2) {
                for (Map.Entry<K, V> e : m2.entrySet()) {
                    K k = e.getKey();
                    V v = Objects.requireNonNull(e.getValue());
                    V u = m1.putIfAbsent(k, v);
                    if (u != null) {
                        throw duplicateKeyException(k, u, v);
                    }
                }
                return m1;
            }
        };
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        return new CollectorImpl<T, Map<K, U>, Map<K, U>>(Collectors.<K, U>newHashMap(),
                Collectors.<T, K, U, Map<K, U>>uniqKeysMapAccumulator(keyMapper, valueMapper),
                Collectors.<K, U, Map<K, U>>uniqKeysMapMerger(), CH_ID);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, Collectors.<K, U>newHashMap());
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(
            final Function<? super T, ? extends K> keyMapper, final Function<? super T, ? extends U> valueMapper,
            final BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        BiConsumer<M, T> accumulator = new BiConsumer<M, T>() {
            public void accept(M map, T element) {
                map.merge(keyMapper.apply(element), valueMapper.apply(element), mergeFunction);
            }
        };
        return new CollectorImpl<T, M, M>(mapFactory, accumulator, Collectors.<K, U, M>mapMerger(mergeFunction), CH_ID);
    }

    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper) {
        return new CollectorImpl<T, ConcurrentMap<K, U>, ConcurrentMap<K, U>>(Collectors.<K, U>newConcurrentHashMap(),
                Collectors.<T, K, U, ConcurrentMap<K, U>>uniqKeysMapAccumulator(keyMapper, valueMapper),
                Collectors.<K, U, ConcurrentMap<K, U>>uniqKeysMapMerger(), CH_CONCURRENT_ID);
    }

    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction) {
        return toConcurrentMap(keyMapper, valueMapper, mergeFunction, Collectors.<K, U>newConcurrentHashMap());
    }

    public static <T, K, U, M extends ConcurrentMap<K, U>> Collector<T, ?, M> toConcurrentMap(
            final Function<? super T, ? extends K> keyMapper, final Function<? super T, ? extends U> valueMapper,
            final BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        BiConsumer<M, T> accumulator = new BiConsumer<M, T>() {
            public void accept(M map, T element) {
                map.merge(keyMapper.apply(element), valueMapper.apply(element), mergeFunction);
            }
        };
        return new CollectorImpl<T, M, M>(mapFactory, accumulator, Collectors.<K, U, M>mapMerger(mergeFunction),
                CH_CONCURRENT_ID);
    }

    private static <K, U> Function<Map<K, U>, Map<K, U>> unmodifiableMap() {
        return new Function<Map<K, U>, Map<K, U>>() {
            public Map<K, U> apply(Map<K, U> map) {
                return (Map<K, U>) Map.ofEntries(map.entrySet().toArray(new Map.Entry[0]));
            }
        };
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        return collectingAndThen(
                (Collector<T, Map<K, U>, Map<K, U>>) (Collector<?, ?, ?>) Collectors.<T, K, U>toMap(keyMapper, valueMapper),
                Collectors.<K, U>unmodifiableMap());
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Objects.requireNonNull(mergeFunction, "mergeFunction");
        return collectingAndThen(
                (Collector<T, Map<K, U>, Map<K, U>>) (Collector<?, ?, ?>) Collectors.<T, K, U, Map<K, U>>toMap(
                        keyMapper, valueMapper, mergeFunction, Collectors.<K, U>newHashMap()),
                Collectors.<K, U>unmodifiableMap());
    }

    // ---- Statistics and teeing -------------------------------------------------------------

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(final ToIntFunction<? super T> mapper) {
        return new CollectorImpl<T, IntSummaryStatistics, IntSummaryStatistics>(new Supplier<IntSummaryStatistics>() {
            public IntSummaryStatistics get() {
                return new IntSummaryStatistics();
            }
        }, new BiConsumer<IntSummaryStatistics, T>() {
            public void accept(IntSummaryStatistics r, T t) {
                r.accept(mapper.applyAsInt(t));
            }
        }, new BinaryOperator<IntSummaryStatistics>() {
            public IntSummaryStatistics apply(IntSummaryStatistics l, IntSummaryStatistics r) {
                l.combine(r);
                return l;
            }
        }, CH_ID);
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(final ToLongFunction<? super T> mapper) {
        return new CollectorImpl<T, LongSummaryStatistics, LongSummaryStatistics>(new Supplier<LongSummaryStatistics>() {
            public LongSummaryStatistics get() {
                return new LongSummaryStatistics();
            }
        }, new BiConsumer<LongSummaryStatistics, T>() {
            public void accept(LongSummaryStatistics r, T t) {
                r.accept(mapper.applyAsLong(t));
            }
        }, new BinaryOperator<LongSummaryStatistics>() {
            public LongSummaryStatistics apply(LongSummaryStatistics l, LongSummaryStatistics r) {
                l.combine(r);
                return l;
            }
        }, CH_ID);
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(
            final ToDoubleFunction<? super T> mapper) {
        return new CollectorImpl<T, DoubleSummaryStatistics, DoubleSummaryStatistics>(
                new Supplier<DoubleSummaryStatistics>() {
                    public DoubleSummaryStatistics get() {
                        return new DoubleSummaryStatistics();
                    }
                }, new BiConsumer<DoubleSummaryStatistics, T>() {
                    public void accept(DoubleSummaryStatistics r, T t) {
                        r.accept(mapper.applyAsDouble(t));
                    }
                }, new BinaryOperator<DoubleSummaryStatistics>() {
                    public DoubleSummaryStatistics apply(DoubleSummaryStatistics l, DoubleSummaryStatistics r) {
                        l.combine(r);
                        return l;
                    }
                }, CH_ID);
    }

    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
            Collector<? super T, ?, R2> downstream2, BiFunction<? super R1, ? super R2, R> merger) {
        return teeing0(downstream1, downstream2, merger);
    }

    private static <T, A1, A2, R1, R2, R> Collector<T, ?, R> teeing0(Collector<? super T, A1, R1> downstream1,
            Collector<? super T, A2, R2> downstream2, final BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(downstream1, "downstream1");
        Objects.requireNonNull(downstream2, "downstream2");
        Objects.requireNonNull(merger, "merger");
        final Supplier<A1> c1Supplier = Objects.requireNonNull(downstream1.supplier(), "downstream1 supplier");
        final Supplier<A2> c2Supplier = Objects.requireNonNull(downstream2.supplier(), "downstream2 supplier");
        final BiConsumer<A1, ? super T> c1Accumulator =
                Objects.requireNonNull(downstream1.accumulator(), "downstream1 accumulator");
        final BiConsumer<A2, ? super T> c2Accumulator =
                Objects.requireNonNull(downstream2.accumulator(), "downstream2 accumulator");
        final BinaryOperator<A1> c1Combiner = Objects.requireNonNull(downstream1.combiner(), "downstream1 combiner");
        final BinaryOperator<A2> c2Combiner = Objects.requireNonNull(downstream2.combiner(), "downstream2 combiner");
        final Function<A1, R1> c1Finisher = Objects.requireNonNull(downstream1.finisher(), "downstream1 finisher");
        final Function<A2, R2> c2Finisher = Objects.requireNonNull(downstream2.finisher(), "downstream2 finisher");

        Set<Collector.Characteristics> c1 = downstream1.characteristics();
        Set<Collector.Characteristics> c2 = downstream2.characteristics();
        Set<Collector.Characteristics> characteristics;
        if (CH_ID.containsAll(c1) || CH_ID.containsAll(c2)) {
            characteristics = CH_NOID;
        } else {
            List<Collector.Characteristics> both = new ArrayList<Collector.Characteristics>();
            for (Collector.Characteristics c : c1) {
                if (c2.contains(c) && c != Collector.Characteristics.IDENTITY_FINISH) {
                    both.add(c);
                }
            }
            characteristics = CharacteristicsSet.of(both.toArray(new Collector.Characteristics[0]));
        }

        final class PairBox {
            A1 left = c1Supplier.get();
            A2 right = c2Supplier.get();

            void add(T t) {
                c1Accumulator.accept(left, t);
                c2Accumulator.accept(right, t);
            }

            PairBox combine(PairBox other) {
                left = c1Combiner.apply(left, other.left);
                right = c2Combiner.apply(right, other.right);
                return this;
            }

            R get() {
                R1 r1 = c1Finisher.apply(left);
                R2 r2 = c2Finisher.apply(right);
                return merger.apply(r1, r2);
            }
        }

        return new CollectorImpl<T, PairBox, R>(new Supplier<PairBox>() {
            public PairBox get() {
                return new PairBox();
            }
        }, new BiConsumer<PairBox, T>() {
            public void accept(PairBox p, T t) {
                p.add(t);
            }
        }, new BinaryOperator<PairBox>() {
            public PairBox apply(PairBox a, PairBox b) {
                return a.combine(b);
            }
        }, new Function<PairBox, R>() {
            public R apply(PairBox p) {
                return p.get();
            }
        }, characteristics);
    }
}
