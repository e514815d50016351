package org.mea.jwp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

/**
 * {@link ReportService#preload}: whatever goes wrong in the background (a design that cannot be
 * opened, a platform stopping because the command failed first) never reaches stderr as a raw
 * stack trace; the render that follows reports it.
 */
class PreloadTest {

	@Test
	void aFailingPreloadSaysNothing() throws Exception {
		URL design = new URL(null, "jwp-test:broken.rptdesign", new URLStreamHandler() {
			@Override
			protected URLConnection openConnection(URL url) {
				return new URLConnection(url) {
					@Override
					public void connect() {
					}

					@Override
					public InputStream getInputStream() {
						throw new IllegalStateException("the bundle of the design is stopping");
					}
				};
			}
		});
		List<Throwable> uncaught = new CopyOnWriteArrayList<>();
		Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
		Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
		try {
			ReportService.preload(design);
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (preloadRunning() && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			assertTrue(!preloadRunning(), "the preload ended");
		} finally {
			Thread.setDefaultUncaughtExceptionHandler(previous);
		}
		assertEquals(List.of(), uncaught);
	}

	private static boolean preloadRunning() {
		return Thread.getAllStackTraces().keySet().stream()
				.anyMatch(t -> "JWP report preload".equals(t.getName()) && t.isAlive());
	}
}
