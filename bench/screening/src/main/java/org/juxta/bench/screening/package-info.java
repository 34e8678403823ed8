/** The screening benchmark: see {@link org.juxta.bench.screening.ScreeningBenchmark}. */
package org.juxta.bench.screening;
