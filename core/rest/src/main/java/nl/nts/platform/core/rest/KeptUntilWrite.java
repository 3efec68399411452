package nl.nts.platform.core.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET whose answer is the same for every caller and changes only with a write: the national
 * picture (value chains, their resilience, agendas, reference data). {@link ConditionalAnswers}
 * keeps its body and serves it again until a write commits anywhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface KeptUntilWrite {
}
