package dev.careplan.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.OfficeNumber;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class OfficeBindingTest {

    static final Certs.Issued CA = Certs.ca("CN=binding test CA");

    static X509Certificate subject(String subject) {
        return Certs.office(CA, subject, Certs.ec()).cert();
    }

    @Test
    void readsTheSerialNumberAttribute() {
        assertThat(OfficeBinding.subjectSerialNumber().officeOf(subject("O=x,SERIALNUMBER=1310000009,CN=a")))
                .contains(OfficeNumber.of("1310000009"));
    }

    @Test
    void readsOnlyTheConfiguredTypeOfAMultiValuedRdn() {
        // DER sorts the set, so CN (2.5.4.3) comes first; it must not be taken for the office number.
        X509Certificate c = subject("CN=1310000001+SERIALNUMBER=1310000009");
        assertThat(OfficeBinding.subjectSerialNumber().officeOf(c)).contains(OfficeNumber.of("1310000009"));
    }

    @Test
    void twoValuesOfTheTypeNameNoOffice() {
        assertThat(OfficeBinding.subjectSerialNumber().officeOf(
                subject("SERIALNUMBER=1310000001,SERIALNUMBER=1310000009"))).isEmpty();
        assertThat(OfficeBinding.subjectSerialNumber().officeOf(
                subject("CN=a+SERIALNUMBER=1310000001+SERIALNUMBER=1310000009"))).isEmpty();
    }

    @Test
    void aValueThatIsNoOfficeNumberNamesNoOffice() {
        assertThat(OfficeBinding.subjectSerialNumber().officeOf(subject("SERIALNUMBER=13100,CN=a"))).isEmpty();
        assertThat(OfficeBinding.subjectSerialNumber().officeOf(subject("CN=1310000001"))).isEmpty();
    }
}
