package io.vqr.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.vqr.standard.Rule;

/**
 * Marks a test that checks the named rules at their boundaries (just inside, on and just
 * outside each bound; missing and blank; each code of a code list), in the package that
 * emits the rule. {@code io.vqr.standard.RuleCoverageTest} fails while a rule of the
 * catalogue has no such test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TestsRule {

	Rule[] value();

}
