package org.appeals.resident.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactsTest {

    @Test
    void normalisesRussianPhoneSpellings() {
        assertThat(Contacts.phone("8 (917) 123-45-67")).contains("+79171234567");
        assertThat(Contacts.phone("+7 917 123 45 67")).contains("+79171234567");
        assertThat(Contacts.phone("9171234567")).contains("+79171234567");
        assertThat(Contacts.phone("+375 29 123-45-67")).contains("+375291234567");
    }

    @Test
    void refusesWhatIsNoPhoneNumber() {
        assertThat(Contacts.phone("123")).isEmpty();
        assertThat(Contacts.phone("позвоните мне")).isEmpty();
        assertThat(Contacts.phone("8 917 123")).isEmpty();
    }

    @Test
    void takesUsualEmailAddressesOnly() {
        assertThat(Contacts.email(" anna.petrova@mail.ru ")).contains("anna.petrova@mail.ru");
        assertThat(Contacts.email("anna@localhost")).isEmpty();
        assertThat(Contacts.email("anna@@mail.ru")).isEmpty();
        assertThat(Contacts.email("anna@mail.ru\r\nBcc: x@y.ru")).isEmpty();
    }
}
