package eu.adpack.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that holds personal data (a person's name, phone, e-mail) under the GDPR.
 *
 * <p>Such values are never printed by {@code toString}, and {@code AdpackJson}'s export without personal data leaves
 * every component so marked out. A component so marked is always optional (nullable or a collection), so that a file
 * exported without it reads back. A marker without state, safe to read from any thread.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {}
