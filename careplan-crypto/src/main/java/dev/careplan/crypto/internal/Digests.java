package dev.careplan.crypto.internal;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Digest calculators for the signed content: the platform's (the JDK's SHA-256 uses the CPU's SHA instructions, an
 * order of magnitude faster than Bouncy Castle's Java code), and Bouncy Castle's for a digest the platform lacks, so
 * that which digests are accepted is still decided by the algorithm policy alone. Beyond its first MiB, content is
 * hashed on a second core where there is one ({@link PipelinedDigest}).
 */
public final class Digests {
    /** The content is hashed once, by these calculators, while it streams. */
    public static final DigestCalculatorProvider PROVIDER = Digests::get;

    private static final DigestCalculatorProvider PLATFORM;
    private static final DigestCalculatorProvider BC;

    static {
        try {
            PLATFORM = new JcaDigestCalculatorProviderBuilder().build();
            BC = new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Digests() {
    }

    private static DigestCalculator get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        DigestCalculator calculator;
        try {
            calculator = PLATFORM.get(algorithm);
        } catch (OperatorCreationException | RuntimeException e) {
            calculator = BC.get(algorithm);
        }
        return PipelinedDigest.worthIt() ? new PipelinedDigest(calculator) : calculator;
    }
}
