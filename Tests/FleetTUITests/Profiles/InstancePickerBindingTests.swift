import FleetEngine
import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

/// The instance-type picker of the Profiles form, through the real keymap: opening it,
/// each filter, moving, picking, "none", cancelling, and the fields it locks.
@Suite struct InstancePickerBindingTests {
    let catalog = try! InstanceCatalog.bundled()

    /// The Profiles form of the minimal template (`general`, aws, 8 vCPU / 32 GiB, no type)
    /// with the Instance type field selected.
    func onInstanceType() -> AppState {
        var s = profilesState()
        press(&s, "]")
        while s.profiles.field != .instanceType { press(&s, "j") }
        return s
    }

    func picker(_ s: AppState) -> InstancePicker? {
        if case .pickingInstance(let picker)? = s.profiles.overlay { return picker }
        return nil
    }

    @Test func enterOpensThePickerOnTheProfilesProviderAtNone() throws {
        var s = onInstanceType()
        press(&s, "Enter")
        let open = try #require(picker(s))
        #expect(open.provider == .aws)
        #expect(open.selected == 0)
        #expect(open.regions == ["eu-west-1"])
        let listed = open.entries(in: catalog)
        #expect(!listed.isEmpty)
        #expect(listed.allSatisfy { $0.provider == .aws })
        #expect(listed.count == catalog.instances.filter { $0.provider == .aws }.count)
    }

    @Test func typingFiltersByNameAndLettersDoNotMove() throws {
        var s = onInstanceType()
        press(&s, "Enter")
        type(&s, "m6i.2x")
        let open = try #require(picker(s))
        #expect(open.query.text == "m6i.2x")
        #expect(open.entries(in: catalog).map(\.name) == ["m6i.2xlarge"])
        // Typing selects the first match, so Enter right away picks it.
        #expect(open.selectedEntry(in: catalog)?.name == "m6i.2xlarge")
        type(&s, "jk")
        #expect(try #require(picker(s)).query.text == "m6i.2xjk")
        #expect(try #require(picker(s)).entries(in: catalog).isEmpty)
        press(&s, "BS", "BS")
        #expect(try #require(picker(s)).entries(in: catalog).count == 1)
    }

    @Test func pickingGivesTheProfileTheTypesShapeAndSaysWhatItMeans() throws {
        var s = onInstanceType()
        press(&s, "Enter")
        type(&s, "m6i.4x")
        press(&s, "Enter")
        #expect(s.profiles.overlay == nil)
        let profile = s.project.profiles[0]
        let entry = try #require(catalog.instance(named: "m6i.4xlarge", provider: .aws))
        #expect(profile.instanceType == "m6i.4xlarge")
        #expect(profile.node == entry.shape)
        #expect(s.isModified)
        let text = try #require(s.message?.text)
        let eni = try #require(entry.eni)
        #expect(text.contains("m6i.4xlarge: \(entry.vcpu) vCPU, \(entry.memoryGiB) GiB"))
        #expect(text.contains("VPC CNI allows \(eni.maxPods) pods per node"))
        // eu-west-1 has no listed price for it: the first listed region is named.
        let price = try #require(entry.prices.first)
        #expect(text.contains("USD \(price.usdPerHour)/h in \(price.region)"))
        // The form shows the type, and the vCPU row reads the type's shape.
        #expect(ProfileField.vcpu.text(in: profile) == "\(entry.vcpu)")
        // One undo step restores the profile as it was.
        press(&s, "u")
        #expect(s.project.profiles[0].instanceType == nil)
        #expect(s.project.profiles[0].node == NodeShape(vcpu: 8, memoryGiB: 32))
    }

    @Test func downAndUpMoveWithinNoneAndTheList() throws {
        var s = onInstanceType()
        press(&s, "Enter", "Up")
        #expect(try #require(picker(s)).selected == 0)
        press(&s, "Down", "Down")
        let open = try #require(picker(s))
        #expect(open.selected == 2)
        #expect(open.selectedEntry(in: catalog)?.name == open.entries(in: catalog)[1].name)
        press(&s, "PgDn", "PgDn", "PgDn", "PgDn", "PgDn", "PgDn", "PgDn", "PgDn", "PgDn", "PgDn")
        let count = try #require(picker(s)).entries(in: catalog).count
        #expect(try #require(picker(s)).selected == min(count, 102))
        for _ in 0..<30 { press(&s, "PgDn") }
        #expect(try #require(picker(s)).selected == count)
        for _ in 0..<30 { press(&s, "PgUp") }
        #expect(try #require(picker(s)).selected == 0)
    }

    @Test func tabReachesEachFilterAndLeftRightStepIt() throws {
        var s = onInstanceType()
        press(&s, "Enter", "Tab")
        #expect(try #require(picker(s)).focus == .provider)
        press(&s, "Right")
        #expect(try #require(picker(s)).provider == .gcp)
        #expect(try #require(picker(s)).entries(in: catalog).allSatisfy { $0.provider == .gcp })
        press(&s, "Right", "Right")
        #expect(try #require(picker(s)).provider == nil)
        #expect(Set(try #require(picker(s)).entries(in: catalog).map(\.provider)) == [.aws, .gcp, .azure])
        press(&s, "Tab", "Right", "Right", "Right", "Right")
        var open = try #require(picker(s))
        #expect(open.focus == .vcpu)
        #expect(open.minVCPU == 16)
        #expect(open.entries(in: catalog).allSatisfy { $0.vcpu >= 16 })
        #expect(s.message?.text == "at least 16 vCPU: \(open.entries(in: catalog).count) types")
        press(&s, "Tab", "Right", "Right", "Right", "Right", "Right", "Right")
        open = try #require(picker(s))
        #expect(open.minMemoryGiB == 128)
        #expect(open.entries(in: catalog).allSatisfy { $0.vcpu >= 16 && $0.memoryGiB >= 128 })
        press(&s, "Tab", "Right")
        open = try #require(picker(s))
        #expect(open.gpuOnly)
        #expect(open.entries(in: catalog).allSatisfy { $0.hasGPU && $0.memoryGiB >= 128 })
        press(&s, "Tab")
        #expect(try #require(picker(s)).focus == .name)
        press(&s, "S-Tab")
        #expect(try #require(picker(s)).focus == .gpu)
    }

    @Test func aStepPastTheEndSaysSoAndLeftOnTheNameMovesTheCursor() throws {
        var s = onInstanceType()
        press(&s, "Enter", "Tab", "Tab", "Left")
        #expect(try #require(picker(s)).minVCPU == 0)
        #expect(s.message?.isError == true)
        press(&s, "S-Tab", "S-Tab")
        type(&s, "m7")
        press(&s, "Left")
        let open = try #require(picker(s))
        #expect(open.query.text == "m7")
        #expect(open.query.cursor == 1)
    }

    @Test func pickingACloudTypeOfAnotherProviderMovesTheProfile() throws {
        var s = onInstanceType()
        s.project.profiles[0].prefixDelegation = true
        press(&s, "Enter", "Tab", "Right", "S-Tab")
        type(&s, "n2-standard-8")
        press(&s, "Enter")
        let profile = s.project.profiles[0]
        #expect(profile.provider == .gcp)
        #expect(profile.instanceType == "n2-standard-8")
        #expect(!profile.prefixDelegation)
        #expect(s.message?.text.contains("provider now gcp") == true)
    }

    @Test func noneClearsTheTypeAndKeepsTheShapeItGave() throws {
        var s = onInstanceType()
        press(&s, "Enter")
        type(&s, "r7i.4x")
        press(&s, "Enter")
        let entry = try #require(catalog.instance(named: "r7i.4xlarge", provider: .aws))
        press(&s, "Enter")
        #expect(try #require(picker(s)).selectedEntry(in: catalog)?.name == "r7i.4xlarge")
        press(&s, "Up")
        while try #require(picker(s)).selected > 0 { press(&s, "PgUp") }
        press(&s, "Enter")
        #expect(s.project.profiles[0].instanceType == nil)
        #expect(s.project.profiles[0].node == entry.shape)
        #expect(s.message?.text.contains("now typed by hand") == true)
    }

    @Test func escCancelsWithoutAnEdit() throws {
        var s = onInstanceType()
        let before = s.project
        press(&s, "Enter")
        type(&s, "c7i")
        press(&s, "Down", "Esc")
        #expect(s.profiles.overlay == nil)
        #expect(s.project == before)
        #expect(s.message?.text == "instance type unchanged")
    }

    @Test func theShapeIsLockedWhileATypeGivesIt() throws {
        var s = onInstanceType()
        press(&s, "Enter")
        type(&s, "m6i.2x")
        press(&s, "Enter", "g")
        #expect(s.profiles.field == .vcpu)
        press(&s, "Enter")
        #expect(s.profiles.overlay == nil)
        #expect(s.message?.isError == true)
        #expect(s.message?.text.contains("comes from instance type m6i.2xlarge") == true)
        press(&s, "l")
        #expect(s.project.profiles[0].node.vcpu == 8)
    }

    @Test func stepKeysOnTheInstanceTypeFieldPointToEnter() {
        var s = onInstanceType()
        press(&s, "l")
        #expect(s.profiles.overlay == nil)
        #expect(s.message?.text == "Instance type is chosen from a list: press Enter to open it")
    }

    @Test func prefixDelegationOnlyOnAWS() {
        var s = profilesState()
        press(&s, "j", "]")
        while s.profiles.field != .prefixDelegation { press(&s, "j") }
        press(&s, "Space")
        #expect(s.project.profiles[1].prefixDelegation == false)
        #expect(s.message?.text.contains("AWS VPC CNI setting") == true)
    }

    @Test func theOpenPickerIsDrawnWithItsRows() throws {
        var s = onInstanceType()
        press(&s, "Enter")
        type(&s, "m6i.2x")
        let screen = render(s).buffer.rows.joined(separator: "\n")
        #expect(screen.contains("Instance type for general"))
        #expect(screen.contains("none (typed shape)"))
        let row = try #require(screen.split(separator: "\n").first { $0.contains("m6i.2xlarge") })
        #expect(row.contains(" 58/110 "))
        #expect(row.contains("0.384 us-east-1"))
        #expect(screen.contains("1 type"))
    }
}
