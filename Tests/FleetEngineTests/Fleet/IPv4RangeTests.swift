import FleetModel
import Testing

@Suite struct IPv4RangeTests {
    @Test(arguments: ["10.128.0.0/15", "0.0.0.0/0", "192.168.1.255/32", "100.64.0.0/10"])
    func parsesAndPrintsTheSameText(text: String) {
        #expect(IPv4Range(text)?.description == text)
    }

    @Test(arguments: ["10.128.0.0", "10.128.0/15", "10.128.0.0/33", "10.128.0.0/", "256.0.0.0/8", "10.01.0.0/16",
                      "a.b.c.d/8", "10.0.0.0/1a", "", "10.0.0.0/15/1"])
    func refusesMalformedText(text: String) {
        #expect(IPv4Range(text) == nil)
    }

    @Test func hostBitsNameTheIntendedBlock() {
        guard case .failure(let failure) = IPv4Range.parse("10.129.0.0/15") else {
            Issue.record("accepted a block with host bits")
            return
        }
        #expect(failure.problem == .hostBits(IPv4Range("10.128.0.0/15")!))
    }

    @Test func overlapContainmentSizeAndPrivacy() {
        let wide = IPv4Range("10.128.0.0/15")!
        #expect(wide.size == 131_072)
        #expect(wide.overlaps(IPv4Range("10.129.0.0/16")!))
        #expect(!wide.overlaps(IPv4Range("10.130.0.0/16")!))
        #expect(wide.contains(IPv4Range("10.129.128.0/17")!))
        #expect(wide.isPrivate)
        #expect(!IPv4Range("8.8.8.0/24")!.isPrivate)
        #expect(!IPv4Range("10.0.0.0/7")!.isPrivate, "wider than 10/8")
        #expect(IPv4Range.prefix(holding: 256) == 24)
        #expect(IPv4Range.prefix(holding: 257) == 23)
    }
}
