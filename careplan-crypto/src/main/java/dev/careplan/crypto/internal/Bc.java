package dev.careplan.crypto.internal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The Bouncy Castle provider instance used by the SDK; passed explicitly, never installed globally. */
public final class Bc {
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {
    }
}
