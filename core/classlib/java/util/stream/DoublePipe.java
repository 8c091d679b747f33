// DoubleStream: the stages and terminal operations of a stream of double values.
package java.util.stream;

import java.util.DoubleSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/** The double twin of RefPipe; see there for the flags each stage clears and sets. */
class DoublePipe extends Pipe implements DoubleStream {
    DoublePipe(Source source) {
        super(source);
    }

    DoublePipe(Pipe prev, int clear, int set) {
        super(prev, clear, set);
    }

    @Override
    final int shape() {
        return DOUBLE;
    }

    /** A stream that is not ours, as one of ours that reads its iterator and closes it. */
    static DoublePipe adopt(final DoubleStream s) {
        DoublePipe p = new DoublePipe(new Source.OfIterator(DOUBLE, s.iterator()));
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
    public final PrimitiveIterator.OfDouble iterator() {
        return new Iterators.OfDouble(asSource());
    }

    @Override
    public final DoubleStream sequential() {
        setParallel(false);
        return this;
    }

    @Override
    public final DoubleStream parallel() {
        setParallel(true);
        return this;
    }

    @Override
    public final DoubleStream unordered() {
        if ((flags & ORDERED) == 0) {
            return this;
        }
        return new DoublePipe(this, ORDERED, 0);
    }

    @Override
    public final DoubleStream onClose(Runnable closeHandler) {
        addCloseAction(closeHandler);
        return this;
    }

    // ---- Stateless stages ------------------------------------------------------------------

    @Override
    public final DoubleStream filter(final DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipe(this, SIZED, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(double t) {
                        if (predicate.test(t)) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream map(final DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(double t) {
                        down.accept(mapper.applyAsDouble(t));
                    }
                };
            }
        };
    }

    @Override
    public final <U> Stream<U> mapToObj(final DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipe<U>(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(double t) {
                        down.accept((Object) mapper.apply(t));
                    }
                };
            }
        };
    }

    @Override
    public final IntStream mapToInt(final DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(double t) {
                        down.accept(mapper.applyAsInt(t));
                    }
                };
            }
        };
    }

    @Override
    public final LongStream mapToLong(final DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipe(this, SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(double t) {
                        down.accept(mapper.applyAsLong(t));
                    }
                };
            }
        };
    }

    /** Boxing keeps the flags, as the JDK does. */
    @Override
    public final Stream<Double> boxed() {
        return new RefPipe<Double>(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(double t) {
                        down.accept((Object) Double.valueOf(t));
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream flatMap(final DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new FlatMapSink(down) {
                    @Override
                    public void accept(double t) {
                        pushAll(mapper.apply(t));
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream mapMulti(final DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipe(this, SIZED | SORTED | DISTINCT, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(double t) {
                        mapper.accept(t, down);
                    }
                };
            }
        };
    }

    @Override
    public final DoubleStream peek(final DoubleConsumer action) {
        Objects.requireNonNull(action);
        return new DoublePipe(this, 0, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    @Override
                    public void accept(double t) {
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
    public final DoubleStream distinct() {
        return boxed().distinct().mapToDouble(new ToDoubleFunction<Double>() {
            public double applyAsDouble(Double i) {
                return i;
            }
        });
    }

    @Override
    public final DoubleStream sorted() {
        return new DoublePipe(this, 0, ORDERED | SORTED) {
            @Override
            Sink wrap(Sink down) {
                if ((prev.flags & SORTED) != 0) {
                    return down;
                }
                return new SortSink(down, DOUBLE, null);
            }
        };
    }

    @Override
    public final DoubleStream limit(final long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return new DoublePipe(this, 0, SHORT_CIRCUIT) {
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
    public final DoubleStream skip(final long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new DoublePipe(this, 0, 0) {
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
    public final DoubleStream takeWhile(final DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipe(this, SIZED, SHORT_CIRCUIT) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    private boolean take = true;

                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(double t) {
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
    public final DoubleStream dropWhile(final DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipe(this, SIZED, 0) {
            @Override
            Sink wrap(Sink down) {
                return new Sink.Chained(down) {
                    private boolean take;

                    @Override
                    void begin(long size) {
                        down.begin(-1);
                    }

                    @Override
                    public void accept(double t) {
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
    public final void forEach(final DoubleConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            @Override
            public void accept(double t) {
                action.accept(t);
            }
        }, false);
    }

    @Override
    public final void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    @Override
    public final double[] toArray() {
        Buffer b = new Buffer(DOUBLE);
        evaluate(b, false);
        return b.doubleArray();
    }

    @Override
    public final double reduce(final double identity, final DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        final class Reducer extends Sink {
            double state;

            @Override
            void begin(long size) {
                state = identity;
            }

            @Override
            public void accept(double t) {
                state = op.applyAsDouble(state, t);
            }
        }
        Reducer r = new Reducer();
        evaluate(r, false);
        return r.state;
    }

    @Override
    public final OptionalDouble reduce(final DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        final class Reducer extends Sink {
            boolean empty = true;
            double state;

            @Override
            public void accept(double t) {
                if (empty) {
                    empty = false;
                    state = t;
                } else {
                    state = op.applyAsDouble(state, t);
                }
            }
        }
        Reducer r = new Reducer();
        evaluate(r, false);
        return r.empty ? OptionalDouble.empty() : OptionalDouble.of(r.state);
    }

    @Override
    public final <R> R collect(final Supplier<R> supplier, final ObjDoubleConsumer<R> accumulator,
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
            public void accept(double t) {
                accumulator.accept(state, t);
            }
        }
        Collecting c = new Collecting();
        evaluate(c, false);
        return c.state;
    }

    /**
     * Compensated (Kahan) summation, as the JDK's: [0] the sum, [1] the compensation,
     * [2] the plain sum, which decides the result when the compensated one is NaN.
     */
    @Override
    public final double sum() {
        double[] summation = collect(new Supplier<double[]>() {
            public double[] get() {
                return new double[3];
            }
        }, new ObjDoubleConsumer<double[]>() {
            public void accept(double[] a, double t) {
                Collectors.sumWithCompensation(a, t);
                a[2] += t;
            }
        }, new BiConsumer<double[], double[]>() {
            public void accept(double[] a, double[] b) {
                Collectors.sumWithCompensation(a, b[0]);
                Collectors.sumWithCompensation(a, -b[1]);
                a[2] += b[2];
            }
        });
        return Collectors.computeFinalSum(summation);
    }

    @Override
    public final OptionalDouble min() {
        return reduce(new DoubleBinaryOperator() {
            public double applyAsDouble(double a, double b) {
                return Math.min(a, b);
            }
        });
    }

    @Override
    public final OptionalDouble max() {
        return reduce(new DoubleBinaryOperator() {
            public double applyAsDouble(double a, double b) {
                return Math.max(a, b);
            }
        });
    }

    @Override
    public final long count() {
        return countElements();
    }

    /** As sum(), with the count in [2] and the plain sum in [3]. */
    @Override
    public final OptionalDouble average() {
        double[] avg = collect(new Supplier<double[]>() {
            public double[] get() {
                return new double[4];
            }
        }, new ObjDoubleConsumer<double[]>() {
            public void accept(double[] a, double t) {
                a[2]++;
                Collectors.sumWithCompensation(a, t);
                a[3] += t;
            }
        }, new BiConsumer<double[], double[]>() {
            public void accept(double[] a, double[] b) {
                Collectors.sumWithCompensation(a, b[0]);
                Collectors.sumWithCompensation(a, -b[1]);
                a[2] += b[2];
                a[3] += b[3];
            }
        });
        return avg[2] > 0 ? OptionalDouble.of(Collectors.computeFinalSum(avg) / avg[2]) : OptionalDouble.empty();
    }

    @Override
    public final DoubleSummaryStatistics summaryStatistics() {
        return collect(new Supplier<DoubleSummaryStatistics>() {
            public DoubleSummaryStatistics get() {
                return new DoubleSummaryStatistics();
            }
        }, new ObjDoubleConsumer<DoubleSummaryStatistics>() {
            public void accept(DoubleSummaryStatistics s, double t) {
                s.accept(t);
            }
        }, new BiConsumer<DoubleSummaryStatistics, DoubleSummaryStatistics>() {
            public void accept(DoubleSummaryStatistics a, DoubleSummaryStatistics b) {
                a.combine(b);
            }
        });
    }

    private boolean match(final DoublePredicate predicate, int kind) {
        Objects.requireNonNull(predicate);
        MatchSink m = new MatchSink(kind) {
            @Override
            public void accept(double t) {
                if (open()) {
                    see(predicate.test(t));
                }
            }
        };
        evaluate(m, true);
        return m.answer();
    }

    @Override
    public final boolean anyMatch(DoublePredicate predicate) {
        return match(predicate, MatchSink.ANY);
    }

    @Override
    public final boolean allMatch(DoublePredicate predicate) {
        return match(predicate, MatchSink.ALL);
    }

    @Override
    public final boolean noneMatch(DoublePredicate predicate) {
        return match(predicate, MatchSink.NONE);
    }

    @Override
    public final OptionalDouble findFirst() {
        final class Finder extends Sink {
            boolean found;
            double value;

            @Override
            public void accept(double t) {
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
        return f.found ? OptionalDouble.of(f.value) : OptionalDouble.empty();
    }

    @Override
    public final OptionalDouble findAny() {
        return findFirst();
    }
}
