// A stage of an asynchronous computation: it runs an action when the stages it depends on complete.
package java.util.concurrent;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

public interface CompletionStage<T> {
    <U> CompletionStage<U> thenApply(Function<? super T, ? extends U> fn);

    <U> CompletionStage<U> thenApplyAsync(Function<? super T, ? extends U> fn);

    <U> CompletionStage<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor);

    CompletionStage<Void> thenAccept(Consumer<? super T> action);

    CompletionStage<Void> thenAcceptAsync(Consumer<? super T> action);

    CompletionStage<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor);

    CompletionStage<Void> thenRun(Runnable action);

    CompletionStage<Void> thenRunAsync(Runnable action);

    CompletionStage<Void> thenRunAsync(Runnable action, Executor executor);

    <U, V> CompletionStage<V> thenCombine(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn);

    <U, V> CompletionStage<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn);

    <U, V> CompletionStage<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn, Executor executor);

    <U> CompletionStage<Void> thenAcceptBoth(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action);

    <U> CompletionStage<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action);

    <U> CompletionStage<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action, Executor executor);

    CompletionStage<Void> runAfterBoth(CompletionStage<?> other, Runnable action);

    CompletionStage<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action);

    CompletionStage<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action, Executor executor);

    <U> CompletionStage<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn);

    <U> CompletionStage<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn);

    <U> CompletionStage<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn,
            Executor executor);

    CompletionStage<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action);

    CompletionStage<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action);

    CompletionStage<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action,
            Executor executor);

    CompletionStage<Void> runAfterEither(CompletionStage<?> other, Runnable action);

    CompletionStage<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action);

    CompletionStage<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action, Executor executor);

    <U> CompletionStage<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn);

    <U> CompletionStage<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn);

    <U> CompletionStage<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn,
            Executor executor);

    <U> CompletionStage<U> handle(BiFunction<? super T, Throwable, ? extends U> fn);

    <U> CompletionStage<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn);

    <U> CompletionStage<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor);

    CompletionStage<T> whenComplete(BiConsumer<? super T, ? super Throwable> action);

    CompletionStage<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action);

    CompletionStage<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action, Executor executor);

    CompletionStage<T> exceptionally(Function<Throwable, ? extends T> fn);

    default CompletionStage<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
        return exceptionallyAsync(fn, null);
    }

    /** Runs fn on `executor` (the default one when null) if this stage failed. */
    default CompletionStage<T> exceptionallyAsync(final Function<Throwable, ? extends T> fn,
            final Executor executor) {
        return handle(new BiFunction<T, Throwable, CompletionStage<T>>() {
            public CompletionStage<T> apply(T r, Throwable ex) {
                if (ex == null) {
                    return CompletableFuture.completedFuture(r);
                }
                return executor == null ? handleAsync(new BiFunction<T, Throwable, T>() {
                    public T apply(T r1, Throwable ex1) {
                        return fn.apply(ex1);
                    }
                }) : handleAsync(new BiFunction<T, Throwable, T>() {
                    public T apply(T r1, Throwable ex1) {
                        return fn.apply(ex1);
                    }
                }, executor);
            }
        }).thenCompose(new Function<CompletionStage<T>, CompletionStage<T>>() {
            public CompletionStage<T> apply(CompletionStage<T> s) {
                return s;
            }
        });
    }

    default CompletionStage<T> exceptionallyCompose(final Function<Throwable, ? extends CompletionStage<T>> fn) {
        return handle(new BiFunction<T, Throwable, CompletionStage<T>>() {
            public CompletionStage<T> apply(T r, Throwable ex) {
                return ex == null ? CompletableFuture.completedFuture(r) : fn.apply(ex);
            }
        }).thenCompose(new Function<CompletionStage<T>, CompletionStage<T>>() {
            public CompletionStage<T> apply(CompletionStage<T> s) {
                return s;
            }
        });
    }

    default CompletionStage<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return exceptionallyComposeAsync(fn, null);
    }

    default CompletionStage<T> exceptionallyComposeAsync(final Function<Throwable, ? extends CompletionStage<T>> fn,
            final Executor executor) {
        return handle(new BiFunction<T, Throwable, CompletionStage<T>>() {
            public CompletionStage<T> apply(T r, Throwable ex) {
                if (ex == null) {
                    return CompletableFuture.completedFuture(r);
                }
                BiFunction<T, Throwable, CompletionStage<T>> call = new BiFunction<T, Throwable, CompletionStage<T>>() {
                    public CompletionStage<T> apply(T r1, Throwable ex1) {
                        return fn.apply(ex1);
                    }
                };
                CompletionStage<CompletionStage<T>> s = executor == null ? handleAsync(call) : handleAsync(call, executor);
                return s.thenCompose(new Function<CompletionStage<T>, CompletionStage<T>>() {
                    public CompletionStage<T> apply(CompletionStage<T> x) {
                        return x;
                    }
                });
            }
        }).thenCompose(new Function<CompletionStage<T>, CompletionStage<T>>() {
            public CompletionStage<T> apply(CompletionStage<T> s) {
                return s;
            }
        });
    }

    CompletableFuture<T> toCompletableFuture();
}
