package io.vqr.standard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

import io.vqr.test.TestsRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the catalogue has at least one test of its boundaries
 * ({@link TestsRule}), and every such mark is on a test JUnit runs.
 */
class RuleCoverageTest {

	@Test
	void everyRuleOfTheCatalogueHasABoundaryTest() throws Exception {
		Map<Rule, List<String>> tests = new EnumMap<>(Rule.class);
		for (Method method : markedMethods()) {
			for (Rule rule : method.getAnnotation(TestsRule.class).value()) {
				tests.computeIfAbsent(rule, (key) -> new ArrayList<>())
					.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
			}
		}
		List<String> untested = Arrays.stream(Rule.values())
			.filter((rule) -> !tests.containsKey(rule))
			.map(Rule::id)
			.toList();
		assertThat(untested).as("rules without a @TestsRule boundary test").isEmpty();
	}

	@Test
	void everyMarkIsOnATestJUnitRuns() throws Exception {
		List<Method> marked = markedMethods();
		assertThat(marked).isNotEmpty();
		for (Method method : marked) {
			assertThat(AnnotationSupport.isAnnotated(method, Testable.class))
				.as(method.getDeclaringClass().getName() + "." + method.getName() + " is marked but is not a test")
				.isTrue();
		}
	}

	/** The test methods marked with {@link TestsRule}, from the compiled test classes. */
	private static List<Method> markedMethods() throws URISyntaxException {
		Path root = Path.of(RuleCoverageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Method> methods = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".class")).toList()) {
				String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
				Class<?> type = load(name.substring(0, name.length() - ".class".length()));
				for (Method method : type.getDeclaredMethods()) {
					if (method.isAnnotationPresent(TestsRule.class)) {
						methods.add(method);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return methods;
	}

	private static Class<?> load(String className) {
		try {
			return Class.forName(className, false, RuleCoverageTest.class.getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalStateException("cannot load test class " + className, ex);
		}
	}

}
