// anyMatch, allMatch and noneMatch, for every shape: stops at the first deciding element.
package java.util.stream;

abstract class MatchSink extends Sink {
    static final int ANY = 0;
    static final int ALL = 1;
    static final int NONE = 2;

    /** The predicate result that decides the answer: true for any and none, false for all. */
    private final boolean decidingResult;
    /** The answer once decided: true for any, false for all and none. */
    private final boolean decidedAnswer;
    private boolean stop;
    private boolean answer;

    MatchSink(int kind) {
        decidingResult = kind != ALL;
        decidedAnswer = kind == ANY;
        answer = !decidedAnswer;
    }

    /** True while the answer is open; the predicate is then tested and handed to see(). */
    final boolean open() {
        return !stop;
    }

    final void see(boolean predicateResult) {
        if (predicateResult == decidingResult) {
            stop = true;
            answer = decidedAnswer;
        }
    }

    final boolean answer() {
        return answer;
    }

    @Override
    final boolean cancellationRequested() {
        return stop;
    }
}
