package io.busbar.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretUrlsTest {
    @Test
    void masksOneTimeTokensInThePath() {
        assertThat(SecretUrls.mask("https://csms.example.com/uploads/q8Zk3nW0xY5vB7cD9eF1gH2iJ4kL6mN8"))
                .isEqualTo("https://csms.example.com/uploads/***");
        assertThat(SecretUrls.mask("http://localhost:8080/files/firmware/3f2a/AbCdEfGhIjKlMnOpQrStUvWxYz012345"))
                .isEqualTo("http://localhost:8080/files/firmware/3f2a/***");
    }

    @Test
    void masksPasswordsAndQueryValuesButKeepsWhereTheFileGoes() {
        assertThat(SecretUrls.mask("ftp://diag:hunter2@ftp.example.com:2121/logs/cp-7.zip?sig=abc&exp=1700"))
                .isEqualTo("ftp://diag:***@ftp.example.com:2121/logs/cp-7.zip?sig=***&exp=***");
    }

    @Test
    void leavesOrdinaryUrlsAloneAndRefusesToEchoUnparseableOnes() {
        assertThat(SecretUrls.mask("https://fw.example.com/acme/v2.1.bin")).isEqualTo("https://fw.example.com/acme/v2.1.bin");
        assertThat(SecretUrls.mask("not a url with spaces ")).isEqualTo("***");
        assertThat(SecretUrls.mask(null)).isNull();
    }
}
