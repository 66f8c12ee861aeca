/**
 * Sample submissions for {@code demo}, the tests and the benchmark: a seeded generator of
 * schools of the province 广东省 ({@link io.vqr.sample.SampleSchools}), their clean values
 * ({@link io.vqr.sample.SampleSchool}), a writer that renders them as workbooks in clean
 * and messy forms ({@link io.vqr.sample.SubmissionWriter}, {@link io.vqr.sample.Form},
 * {@link io.vqr.sample.Quirk}), and a corpus of good, faulty and broken files with a
 * manifest of the expected outcome ({@link io.vqr.sample.SampleCorpus},
 * {@link io.vqr.sample.Manifest}). Everything depends only on the seed: the same call
 * gives the same bytes.
 */
package io.vqr.sample;
