package vnla.cases.tip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Normalisation of what tips name, as suggestions join on it: phone numbers to E.164 (+84, +856), plates and ID numbers
 * to upper-case letters and digits. (Names are folded by PostgreSQL's {@code cases_fold}, not here.)
 */
class IdentifiersTest {

    /** As configured: suite.cases.phone-regions. */
    private final Identifiers identifiers = new Identifiers(List.of("VN", "LA"));

    @Test
    void aVietnameseMobileWrittenNationallyGetsPlus84() {
        assertEquals(Optional.of("+84912345678"), identifiers.phone("0912 345 678", "VN-46"));
        assertEquals(Optional.of("+84912345678"), identifiers.phone("091.234.5678", "VN-26"));
    }

    @Test
    void aLaoMobileWrittenNationallyInALaoProvinceGetsPlus856() {
        assertEquals(Optional.of("+8562055123456"), identifiers.phone("020 5512 3456", "LA-SV"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+856 20 5512 3456", "00856 20 5512 3456", "+856-20-55123456", " +8562055123456 " })
    void internationalWritingsOfOneLaoNumberAgreeWhereverTheTipHappened(String written) {
        assertEquals(Optional.of("+8562055123456"), identifiers.phone(written, "VN-46"));
    }

    @Test
    void withoutAProvinceTheConfiguredRegionsAreTriedInOrder() {
        assertEquals(Optional.of("+84912345678"), identifiers.phone("0912345678", null));
    }

    @Test
    void aNumberNoRegionRecognisesKeepsItsDigitsAndPlus() {
        assertEquals(Optional.of("1234"), identifiers.phone("12-34", "VN-46"));
        assertEquals(Optional.of("+9991234"), identifiers.phone("+999 1234", "LA-XE"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "---", "+" })
    void nothingDialableIsNoNumber(String written) {
        assertEquals(Optional.empty(), identifiers.phone(written, "VN-46"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            29a-123.45      | 29A12345
            ' 75a 123 45 '  | 75A12345
            ກຂ 1234         | ກຂ1234
            43đ-123.45      | 43Đ12345
            001 099 012 345 | 001099012345
            """)
    void platesAndIdNumbersKeepUpperCaseLettersWithTheirMarksAndDigits(String written, String code) {
        assertEquals(Optional.of(code), identifiers.code(written));
    }

    @Test
    void decomposedMarksAreComposedFirst() {
        assertEquals(Optional.of("LÊ01"), identifiers.code("Le\u0302-01"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " - . " })
    void aCodeOfSeparatorsOnlyIsNoCode(String written) {
        assertEquals(Optional.empty(), identifiers.code(written));
    }
}
