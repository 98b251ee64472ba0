package dev.careplan.crypto.internal;

import java.security.Key;
import java.security.PrivateKey;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;

/**
 * Bouncy Castle's AuthEnvelopedData recipients (ECDH key agreement, RSA key transport) with the content decrypted by
 * a {@link StreamingGcmDecryptor}. Key unwrapping and every check Bouncy Castle makes on the content algorithm are
 * its own: its operator is built first, and kept when the parameters are not ones the streaming decryptor handles.
 */
public final class StreamingRecipients {
    private StreamingRecipients() {
    }

    /** The recipient for a key-agreement recipient info, decrypting with {@code key} (Bouncy Castle's provider). */
    public static Recipient keyAgree(PrivateKey key) {
        return new KeyAgree(key).setProvider(Bc.PROVIDER);
    }

    /** The recipient for a key-transport recipient info, decrypting with {@code key} (Bouncy Castle's provider). */
    public static Recipient keyTrans(PrivateKey key) {
        return new KeyTrans(key).setProvider(Bc.PROVIDER);
    }

    private static RecipientOperator streaming(AlgorithmIdentifier content, Key key, RecipientOperator bc) {
        return StreamingGcmDecryptor.of(content, key).map(RecipientOperator::new).orElse(bc);
    }

    private static final class KeyAgree extends JceKeyAgreeAuthEnvelopedRecipient {
        private Key contentKey;

        KeyAgree(PrivateKey key) {
            super(key);
        }

        @Override
        protected Key extractSecretKey(AlgorithmIdentifier keyEncryption, AlgorithmIdentifier contentEncryption,
                SubjectPublicKeyInfo senderKey, ASN1OctetString userKeyingMaterial, byte[] encryptedContentKey)
                throws CMSException {
            contentKey = super.extractSecretKey(keyEncryption, contentEncryption, senderKey, userKeyingMaterial,
                    encryptedContentKey);
            return contentKey;
        }

        @Override
        public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryption,
                AlgorithmIdentifier contentEncryption, SubjectPublicKeyInfo senderKey,
                ASN1OctetString userKeyingMaterial, byte[] encryptedContentKey) throws CMSException {
            RecipientOperator bc = super.getRecipientOperator(keyEncryption, contentEncryption, senderKey,
                    userKeyingMaterial, encryptedContentKey);
            return streaming(contentEncryption, contentKey, bc);
        }
    }

    private static final class KeyTrans extends JceKeyTransAuthEnvelopedRecipient {
        private Key contentKey;

        KeyTrans(PrivateKey key) {
            super(key);
        }

        @Override
        protected Key extractSecretKey(AlgorithmIdentifier keyEncryption, AlgorithmIdentifier contentEncryption,
                byte[] encryptedContentKey) throws CMSException {
            contentKey = super.extractSecretKey(keyEncryption, contentEncryption, encryptedContentKey);
            return contentKey;
        }

        @Override
        public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryption,
                AlgorithmIdentifier contentEncryption, byte[] encryptedContentKey) throws CMSException {
            RecipientOperator bc = super.getRecipientOperator(keyEncryption, contentEncryption, encryptedContentKey);
            return streaming(contentEncryption, contentKey, bc);
        }
    }
}
