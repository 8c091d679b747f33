// The charsets every Java platform has.
package java.nio.charset;

import djsim.rt.Charsets;

public final class StandardCharsets {
    public static final Charset US_ASCII = Charset.of(Charsets.US_ASCII);
    public static final Charset ISO_8859_1 = Charset.of(Charsets.ISO_8859_1);
    public static final Charset UTF_8 = Charset.of(Charsets.UTF_8);

    private StandardCharsets() {
    }
}
