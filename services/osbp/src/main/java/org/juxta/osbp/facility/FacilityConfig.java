package org.juxta.osbp.facility;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The one-stop border post this deployment serves: which facility, and which two states share it. */
@ConfigMapping(prefix = "juxta.facility")
public interface FacilityConfig {

    /** The facility's code, as other systems name it. */
    @WithDefault("zamyn-uud-erenhot")
    String code();

    /** The facility's name, as signposted. */
    @WithDefault("Zamyn-Uud - Erenhot one-stop border post")
    String name();

    /**
     * The two states that share the facility, each with its border crossing point there, as
     * {@code STATE:post}: only callers of these states reach the facility, each with its own state's side.
     */
    @WithDefault("MNG:zamyn-uud,CHN:erenhot")
    List<String> sides();
}
