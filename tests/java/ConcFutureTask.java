// Checks FutureTask: run in a thread, get with and without a time limit, cancel, done() and exceptions.
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class ConcFutureTask {
    public static void main(String[] args) throws Exception {
        FutureTask<Integer> task = new FutureTask<>(() -> {
            int s = 0;
            for (int i = 1; i <= 100; i++) s += i;
            return s;
        });
        System.out.println("before run: done " + task.isDone());
        new Thread(task).start();
        System.out.println("result " + task.get() + ", done " + task.isDone() + ", cancelled " + task.isCancelled());
        task.run();
        System.out.println("running again changes nothing: " + task.get());

        final CountDownLatch release = new CountDownLatch(1);
        FutureTask<String> slow = new FutureTask<>(() -> {
            release.await();
            return "late";
        });
        Thread runner = new Thread(slow);
        runner.start();
        try {
            slow.get(10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("get(10 ms): TimeoutException");
        }
        release.countDown();
        System.out.println("then get(): " + slow.get());

        FutureTask<String> failing = new FutureTask<>(() -> {
            throw new java.io.IOException("disk on fire");
        });
        failing.run();
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException, cause " + e.getCause());
        }

        final StringBuilder hook = new StringBuilder();
        final String[] body = new String[1];
        FutureTask<Void> blocked = new FutureTask<Void>(() -> {
            try {
                Thread.sleep(10_000);
                body[0] = "slept";
            } catch (InterruptedException e) {
                body[0] = "interrupted";
            }
            return null;
        }) {
            @Override
            protected void done() {
                hook.append("done(cancelled=").append(isCancelled()).append(")");
            }
        };
        Thread bt = new Thread(blocked);
        bt.start();
        while (bt.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
        System.out.println("cancel(true) " + blocked.cancel(true) + ", again " + blocked.cancel(true));
        bt.join();
        System.out.println("hook: " + hook + ", body " + body[0]);
        try {
            blocked.get();
        } catch (CancellationException e) {
            System.out.println("get on a cancelled task: CancellationException");
        }
        FutureTask<String> neverRun = new FutureTask<>(() -> "x");
        System.out.println("cancel before run " + neverRun.cancel(false));
        neverRun.run();
        System.out.println("cancelled task does not run: cancelled " + neverRun.isCancelled());

        FutureTask<String> withResult = new FutureTask<>(() -> hook.append("!"), "given result");
        withResult.run();
        System.out.println("runnable with result: " + withResult.get());

        class Repeating extends FutureTask<Void> {
            int runs;

            Repeating() {
                super(() -> { }, null);
            }

            boolean again() {
                runs++;
                return runAndReset();
            }
        }
        Repeating rep = new Repeating();
        System.out.println("runAndReset " + rep.again() + " " + rep.again() + ", done " + rep.isDone() + ", runs "
                + rep.runs);
    }
}
