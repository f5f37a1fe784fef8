import FleetEngine
import FleetModel
import Testing

/// `FeatureGateTable` agrees with the upstream lifecycle data for every supported release.
@Suite struct FeatureGateUpstreamTests {
    static let upstream = try! UpstreamFeatureGates.load()

    /// Every gate the data file lists (in any copy), plus those it records as absent.
    static var gateNames: [String] {
        var names = Set(upstream.removals.keys)
        for snapshot in upstream.snapshots {
            names.formUnion(snapshot.gates.keys)
            names.formUnion(snapshot.absent)
        }
        return names.sorted()
    }

    @Test func everyTableGateIsInTheDataFile() {
        let known = Set(Self.gateNames)
        for gate in FeatureGateTable.gates {
            #expect(known.contains(gate.name), "\(gate.name) has no upstream entry in versioned-feature-gates.json")
        }
    }

    @Test(arguments: SupportedVersions.all.map(\.minor))
    func everyStageDefaultAndLockMatchesUpstream(minor: Int) throws {
        for gate in FeatureGateTable.gates {
            let expected = Self.upstream.spec(of: gate.name, at: minor)
            switch (gate.status(at: KubernetesVersion(minor: minor)), expected) {
            case (.available(let step), let spec?):
                #expect(step.stage == UpstreamFeatureGates.stage(spec.preRelease), "\(gate.name) stage at 1.\(minor)")
                #expect(step.defaultValue == spec.defaultValue, "\(gate.name) default at 1.\(minor)")
                #expect(step.locked == spec.locked, "\(gate.name) lock at 1.\(minor)")
            case (.available, nil):
                // No copy read lists the gate at this release (AppArmor before its removal):
                // acceptable only while upstream has not removed it.
                let removal = Self.upstream.removals[gate.name]
                #expect(removal == nil || removal! > minor, "\(gate.name) is removed upstream at 1.\(minor)")
            case (.removed, let spec):
                #expect(spec == nil, "\(gate.name) is reported removed at 1.\(minor) but upstream lists it")
            case (.notYetAdded, let spec):
                #expect(spec == nil, "\(gate.name) is reported not yet added at 1.\(minor) but upstream lists it")
            }
        }
    }

    /// A copy that lacks a gate proves it was removed by the release after the copy's final one.
    @Test func absenceMeansRemovedByTheNextRelease() {
        for snapshot in Self.upstream.snapshots {
            for name in snapshot.absent {
                guard let gate = FeatureGateTable.gate(named: name) else { continue }
                let next = snapshot.finalThrough + 1
                if next <= SupportedVersions.newest.minor {
                    #expect(gate.removedInMinor.map { $0 <= next } == true, "\(name) is absent from the \(snapshot.label) copy")
                }
            }
        }
    }

    @Test func removalsMatchTheirEvidence() {
        for (name, removed) in Self.upstream.removals {
            #expect(FeatureGateTable.gate(named: name)?.removedInMinor == removed, "\(name)")
        }
    }

    @Test func theGatesTheReviewFoundAreRight() throws {
        let at36 = KubernetesVersion(minor: 36)
        #expect(FeatureGateTable.gate(named: "MemoryManager")?.status(at: at36) == .removed(sinceMinor: 36))
        #expect(FeatureGateTable.gate(named: "CustomCPUCFSQuotaPeriod")?.isEmittable(at: at36) == true)
        #expect(FeatureGateTable.gate(named: "KubeletPSI")?.status(at: KubernetesVersion(minor: 34)) == .available(.init(34, .beta, default: true)))
        #expect(FeatureGateTable.gate(named: "DisableCPUQuotaWithExclusiveCPUs")?.isEmittable(at: at36) == true)
        #expect(FeatureGateTable.gate(named: "TopologyManagerPolicyOptions")?.isEmittable(at: KubernetesVersion(minor: 32)) == false)
    }
}
