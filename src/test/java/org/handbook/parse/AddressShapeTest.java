package org.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which cited addresses look mistyped, and which well-formed ones must not be flagged. */
class AddressShapeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://en.wikisource.org./wiki/Act | its host ends with a dot (en.wikisource.org.)",
        "https://user@host.example.:8443/a | its host ends with a dot (host.example.)",
        "https://sso.agc.gov.sg//Acts-Supp/17-2022 | its path has an empty folder ('//' after sso.agc.gov.sg)",
        "https://example.org/a//b?x=1 | its path has an empty folder ('//' after example.org)",
        "https://example.org/prevent%252c-suppress | it is percent-encoded twice ('%252c' stands for '%2c', itself an escape)",
        "https://example.org/search?q=a%252Fb | it is percent-encoded twice ('%252F' stands for '%2F', itself an escape)"})
    void mistypedAddressesAreNamedWithWhatIsWrong(String address, String problem) {
        assertThat(AddressShape.problem(address)).contains(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "https://example.org", "http://example.org:8080/a/b.html",
        "https://example.org/a%2cb", "https://example.org/100%25", "https://example.org/?next=https://other.example//x",
        "https://example.org/#//fragment", "https://www.refworld.org/country,,,LEGISLATION,MMR,4562d8cf2,0.html",
        "mailto:someone@example.org"})
    void wellFormedAddressesAreNot(String address) {
        assertThat(AddressShape.problem(address)).isEmpty();
    }
}
