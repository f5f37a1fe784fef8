import Foundation
import Testing
@testable import FleetModel

@Suite struct QuantityTests {
    @Test(arguments: [
        ("250m", Decimal(string: "0.25")!), ("2", Decimal(2)), ("0.5", Decimal(string: "0.5")!),
        ("512Mi", Decimal(536_870_912)), ("1Gi", Decimal(1_073_741_824)), ("1.5Gi", Decimal(1_610_612_736)),
        ("1k", Decimal(1000)), ("1M", Decimal(1_000_000)), ("1e3", Decimal(1000)), ("100n", Decimal(string: "0.0000001")!),
        ("-1", Decimal(-1)), ("1Ei", Decimal(string: "1152921504606846976")!),
    ])
    func parsesExactly(text: String, expected: Decimal) throws {
        let quantity = try #require(Quantity(parsing: text))
        #expect(quantity.value == expected)
        #expect(quantity.text == text)
    }

    @Test(arguments: ["", "m", "1.5.0", "1Xi", "1 Gi", "abc", "1e", "1e999", "Gi", "1mi", "--1", "0x10"])
    func rejectsMalformed(text: String) {
        #expect(Quantity(parsing: text) == nil)
    }

    @Test func millisAndUnitsRoundUp() {
        #expect(Quantity(parsing: "250m")!.millis == 250)
        #expect(Quantity(parsing: "0.0005")!.millis == 1)
        #expect(Quantity(parsing: "0.0005")!.hasSubMilliPrecision)
        #expect(!Quantity(parsing: "1.5")!.hasSubMilliPrecision)
        #expect(Quantity(parsing: "512Mi")!.units == 536_870_912)
    }

    @Test func constructorsWriteCanonicalText() {
        #expect(Quantity(millis: 250).text == "250m")
        #expect(Quantity(millis: 2000).text == "2")
        #expect(Quantity(mebibytes: 512).text == "512Mi")
        #expect(Quantity(mebibytes: 2048).text == "2Gi")
    }
}
