package org.juxta.helm;

/** The chart rendered once per test JVM with the values sets most tests look at. */
final class Renders {

    private Renders() {
    }

    /** The defaults with the required values set. */
    static Manifests required() {
        return Required.MANIFESTS;
    }

    /** Every optional feature enabled. */
    static Manifests full() {
        return Full.MANIFESTS;
    }

    private static final class Required {

        static final Manifests MANIFESTS = JuxtaChart.render(JuxtaChart.REQUIRED_VALUES);
    }

    private static final class Full {

        static final Manifests MANIFESTS = JuxtaChart.render(JuxtaChart.REQUIRED_VALUES, JuxtaChart.FULL_VALUES);
    }
}
