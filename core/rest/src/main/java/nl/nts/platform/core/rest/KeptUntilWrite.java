package nl.nts.platform.core.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET whose answer is the same for every caller, changes only with a write and costs more to
 * make than to keep: the national picture (value chains, their resilience, agendas).
 * {@link ConditionalAnswers} keeps its body and serves it again until a write commits anywhere.
 * Not for small answers read from memory (the reference data: key technologies, ROMs, themes):
 * measured, keeping those made them slower than answering them anew (the mark of the writes is
 * read from the database on every request). Every GET answers conditionally either way.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface KeptUntilWrite {
}
