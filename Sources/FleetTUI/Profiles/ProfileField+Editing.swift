import Foundation
import FleetModel

extension ProfileField {
    /// Sets the field from typed text (or an option name for choices).
    ///
    /// Numbers outside the field's range are accepted (the form shows the finding, as
    /// `fleetplan check` would); text that cannot be the field's type at all is refused.
    ///
    /// - Returns: `nil` on success, else why the text was refused.
    public func set(_ text: String, in profile: inout ClusterProfile) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .text:
            profile.description = text
        case .quantity:
            guard let quantity = Quantity(parsing: trimmed) else {
                return "\"\(trimmed)\" is not a quantity such as \(self == .podCPU || self == .daemonSetCPU ? "250m or 2" : "512Mi or 1.5Gi")"
            }
            setQuantity(quantity, in: &profile)
        case .number:
            if self == .nodeMonthlyCostUSD, trimmed.isEmpty {
                profile.nodeMonthlyCostUSD = nil
                return nil
            }
            let range: ClosedRange<Int>? = if case .number(let bounds) = kind { bounds } else { nil }
            let number: Int
            switch WholeNumber.parse(trimmed, range: range) {
            case .success(let value): number = value
            case .failure(let problem): return problem.message
            }
            setNumber(number, in: &profile)
        case .toggle:
            let words = ["yes": true, "true": true, "on": true, "no": false, "false": false, "off": false]
            guard let on = words[trimmed.lowercased()] else { return "\"\(trimmed)\" is not yes or no" }
            setToggle(on, in: &profile)
        case .choice(let options):
            guard options.contains(trimmed) else { return "\"\(trimmed)\" is not one of \(options.joined(separator: ", "))" }
            if self == .provider, let provider = Provider(rawValue: trimmed) { profile.provider = provider }
            if self == .scheduling, let strategy = SchedulingStrategy(rawValue: trimmed) { profile.scheduling = strategy }
            if self == .controlPlane, let controlPlane = ControlPlane(rawValue: trimmed) {
                // The provider's default stays unwritten, as the reader keeps it.
                profile.controlPlane = controlPlane == profile.provider.defaultControlPlane ? nil : controlPlane
            }
        case .picker:
            let name = trimmed
            profile.instanceType = name.isEmpty ? nil : name
        }
        return nil
    }

    /// Steps a number (clamped to its range), a choice (wrapping) or a toggle by `delta`.
    ///
    /// - Returns: false for text and quantity fields, which have no step.
    @discardableResult
    public func step(by delta: Int, in profile: inout ClusterProfile) -> Bool {
        switch kind {
        case .text, .quantity, .picker:
            return false
        case .toggle:
            setToggle(!isOn(in: profile), in: &profile)
        case .number(let range):
            let current = Int(text(in: profile)) ?? (self == .nodeMonthlyCostUSD ? 0 : range.lowerBound)
            setNumber(min(max(current + delta, range.lowerBound), range.upperBound), in: &profile)
        case .choice(let options):
            let current = options.firstIndex(of: text(in: profile)) ?? 0
            let next = ((current + delta) % options.count + options.count) % options.count
            _ = set(options[next], in: &profile)
        }
        return true
    }

    private func setNumber(_ number: Int, in profile: inout ClusterProfile) {
        switch self {
        case .vcpu: profile.node.vcpu = number
        case .memoryGiB: profile.node.memoryGiB = number
        case .maxPodsPerNode: profile.maxPodsPerNode = number
        case .podCIDRMaskSize: profile.podCIDRMaskSize = number
        case .headroomPercent: profile.headroomPercent = number
        case .nodeMonthlyCostUSD: profile.nodeMonthlyCostUSD = number
        case .pods: profile.workload.pods = number
        case .daemonSetPods: profile.workload.daemonSetPods = number
        case .maxConcurrentConnections: profile.mesh.maxConcurrentConnections = number
        default: break
        }
    }

    private func setToggle(_ on: Bool, in profile: inout ClusterProfile) {
        switch self {
        case .cpuIntensive: profile.cpuIntensive = on
        case .numaAware: profile.numaAware = on
        case .meshEnabled: profile.mesh.enabled = on
        case .prefixDelegation: profile.prefixDelegation = on
        default: break
        }
    }

    private func setQuantity(_ quantity: Quantity, in profile: inout ClusterProfile) {
        switch self {
        case .podCPU: profile.workload.podCPU = quantity
        case .podMemory: profile.workload.podMemory = quantity
        case .daemonSetCPU: profile.workload.daemonSetCPU = quantity
        case .daemonSetMemory: profile.workload.daemonSetMemory = quantity
        default: break
        }
    }
}
