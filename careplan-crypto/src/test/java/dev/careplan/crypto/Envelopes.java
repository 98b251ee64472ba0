package dev.careplan.crypto;

import dev.careplan.crypto.internal.Bc;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Envelopes made with chosen algorithms and attributes (also weak or wrong ones), for the opener's tests. */
final class Envelopes {

    private Envelopes() {
    }

    /** SignedData over {@code content}, signed with {@code signatureAlgorithm}, with a string name and a time. */
    static byte[] signed(byte[] content, OfficeCredentials signer, String signatureAlgorithm, String name,
            Instant signingTime) {
        return signed(content, signer, signatureAlgorithm, new DERUTF8String(name), signingTime);
    }

    /** SignedData whose signed-name attribute holds {@code nameValue} (any ASN.1 type), none when null. */
    static byte[] signed(byte[] content, OfficeCredentials signer, String signatureAlgorithm,
            ASN1Encodable nameValue, Instant signingTime) {
        try {
            Hashtable<ASN1ObjectIdentifier, Attribute> t = new Hashtable<>();
            if (nameValue != null) {
                t.put(Sealer.SIGNED_FILE_NAME, new Attribute(Sealer.SIGNED_FILE_NAME, new DERSet(nameValue)));
            }
            t.put(CMSAttributes.signingTime, new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signingTime)))));
            CMSSignedDataGenerator g = new CMSSignedDataGenerator();
            g.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(t)))
                    .build(new JcaContentSignerBuilder(signatureAlgorithm).setProvider(Bc.PROVIDER)
                            .build(signer.privateKey()), signer.certificate()));
            List<X509Certificate> certs = new java.util.ArrayList<>(List.of(signer.certificate()));
            certs.addAll(signer.chain());
            g.addCertificates(new JcaCertStore(certs));
            return g.generate(new CMSProcessableByteArray(content), true).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** RSA-OAEP key transport with {@code hash} ("SHA-1", "SHA-256", ...) for its hash and MGF1. */
    static AlgorithmIdentifier oaep(String hash) {
        try {
            return new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP,
                    new OAEPParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), PSource.PSpecified.DEFAULT));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key transport recipient of {@code to}: RSA-OAEP with {@code keyTransport}, or PKCS#1 v1.5 when null. */
    static RecipientInfoGenerator keyTrans(X509Certificate to, AlgorithmIdentifier keyTransport) {
        try {
            return (keyTransport == null ? new JceKeyTransRecipientInfoGenerator(to)
                    : new JceKeyTransRecipientInfoGenerator(to, keyTransport)).setProvider(Bc.PROVIDER);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** AuthEnvelopedData around {@code content}, encrypted with {@code contentAlgorithm} to {@code recipients}. */
    static byte[] authEnveloped(byte[] content, ASN1ObjectIdentifier contentAlgorithm,
            RecipientInfoGenerator... recipients) {
        return authEnveloped(content, new JceCMSContentEncryptorBuilder(contentAlgorithm), recipients);
    }

    /** AuthEnvelopedData around {@code content}, encrypted as {@code contentAlgorithm} says (with parameters). */
    static byte[] authEnveloped(byte[] content, AlgorithmIdentifier contentAlgorithm,
            RecipientInfoGenerator... recipients) {
        return authEnveloped(content, new JceCMSContentEncryptorBuilder(contentAlgorithm), recipients);
    }

    private static byte[] authEnveloped(byte[] content, JceCMSContentEncryptorBuilder encryptor,
            RecipientInfoGenerator... recipients) {
        try {
            CMSAuthEnvelopedDataGenerator g = new CMSAuthEnvelopedDataGenerator();
            for (RecipientInfoGenerator r : recipients) {
                g.addRecipientInfoGenerator(r);
            }
            return g.generate(new CMSProcessableByteArray(content), (OutputAEADEncryptor)
                    encryptor.setProvider(Bc.PROVIDER).build()).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** Plain EnvelopedData (AES-256-CBC, no authentication) around {@code content} for {@code to}. */
    static byte[] enveloped(byte[] content, X509Certificate to) {
        try {
            CMSEnvelopedDataGenerator g = new CMSEnvelopedDataGenerator();
            g.addRecipientInfoGenerator(keyTrans(to, oaep("SHA-256")));
            return g.generate(new CMSProcessableByteArray(content), new JceCMSContentEncryptorBuilder(
                    CMSAlgorithm.AES256_CBC).setProvider(Bc.PROVIDER).build()).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** The usual AES-256-GCM, RSA-OAEP/SHA-256 envelope of {@code signed} for {@code to}. */
    static byte[] authEnveloped(byte[] signed, X509Certificate to) {
        return authEnveloped(signed, CMSAlgorithm.AES256_GCM, keyTrans(to, oaep("SHA-256")));
    }
}
