package dev.careplan.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;

class SignerKeysTest {

    static SubjectPublicKeyInfo newKey(KeyPairGenerator g) {
        return SubjectPublicKeyInfo.getInstance(g.generateKeyPair().getPublic().getEncoded());
    }

    static KeyPairGenerator ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g;
    }

    @Test
    void aKeyIsReusedOnlyOnceRemembered() throws Exception {
        SubjectPublicKeyInfo spki = newKey(ec());
        PublicKey first = SignerKeys.of(spki).orElseThrow();
        assertThat(first.getEncoded()).isEqualTo(spki.getEncoded());
        assertThat(SignerKeys.of(spki).orElseThrow()).as("not remembered: converted again").isNotSameAs(first);
        SignerKeys.remember(spki, first);
        assertThat(SignerKeys.of(SubjectPublicKeyInfo.getInstance(spki.getEncoded())).orElseThrow())
                .as("the same bytes, parsed again, find the kept key").isSameAs(first);
    }

    @Test
    void theLeastRecentlyUsedKeysGoFirst() throws Exception {
        KeyPairGenerator g = ec();
        List<SubjectPublicKeyInfo> keys = new ArrayList<>();
        List<PublicKey> kept = new ArrayList<>();
        for (int i = 0; i < SignerKeys.CAPACITY + 10; i++) {
            keys.add(newKey(g));
            kept.add(SignerKeys.of(keys.get(i)).orElseThrow());
            SignerKeys.remember(keys.get(i), kept.get(i));
            if (i > 0) {
                // The first signer keeps sending: its key stays while others come and go.
                assertThat(SignerKeys.of(keys.get(0)).orElseThrow()).isSameAs(kept.get(0));
            }
        }
        assertThat(SignerKeys.size()).isEqualTo(SignerKeys.CAPACITY);
        assertThat(SignerKeys.of(keys.get(1)).orElseThrow()).as("pushed out").isNotSameAs(kept.get(1));
        assertThat(SignerKeys.of(keys.get(keys.size() - 1)).orElseThrow()).isSameAs(kept.get(keys.size() - 1));
    }
}
