package eu.adpack.examples.demo;

/**
 * One named step of the end-to-end demo: it reads what earlier steps {@linkplain DemoRun#publish published}, writes
 * its outputs into the output folder ({@link DemoRun#file(String)}), adds a link per output to the index page
 * ({@link DemoRun#link(String, String)}), and says in a line or two what it did ({@link DemoRun#line(String)}) and
 * which figures it measured ({@link DemoRun#figure(String, long)}).
 *
 * <p>A new step (readiness and training plans, the ambassador allocation, a consortium, the agreement pipeline, the
 * programme report) is a class implementing this interface, added to {@link Demo#standardSteps()} or to a
 * {@link Demo.Builder#steps(java.util.List)} list; the demo needs no other change. Implementations need not be
 * thread-safe: a demo runs its steps one after the other on one thread.
 */
public interface DemoStep {
    /**
     * Returns the step's title, shown on the console and as the index page's section heading.
     *
     * @return a short title, e.g. {@code Registry sync over HTTP}
     */
    String title();

    /**
     * Runs the step.
     *
     * @param run the run: settings, data, earlier steps' results, output folder, index and summary
     */
    void run(DemoRun run);
}
