import Foundation
import FleetModel

extension RequirementField {
    /// Sets the field from typed text (or an option name for choices).
    ///
    /// Lists are comma-separated; blanks around items are dropped. Values that have the
    /// right shape but break a rule (a bad name, an out-of-range number) are accepted:
    /// `Project.validate()` reports them inline, as `fleetplan check` would. Text that
    /// cannot be the field's type at all is refused with a message.
    ///
    /// - Returns: `nil` on success, else why the text was refused.
    public func set(_ text: String, in project: inout Project) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let list = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        switch self {
        case .name: project.metadata.name = trimmed
        case .description: project.metadata.description = text
        case .kubernetesVersion:
            guard let version = KubernetesVersion(trimmed) else { return "\"\(trimmed)\" is not a version such as 1.34" }
            project.kubernetesVersion = version
        case .environments: project.requirements.environments = list
        case .regions: project.requirements.regions = list
        case .workloads:
            var kinds: [WorkloadKind] = []
            for item in list {
                guard let kind = WorkloadKind(rawValue: item) else {
                    return "unknown workload \"\(item)\" (\(WorkloadKind.allCases.map(\.rawValue).joined(separator: ", ")))"
                }
                kinds.append(kind)
            }
            project.requirements.workloads = kinds
        case .zonesPerRegion, .expectedNodes, .expectedServices:
            let range: ClosedRange<Int>? = if case .number(let bounds) = kind { bounds } else { nil }
            let number: Int
            switch WholeNumber.parse(trimmed, range: range) {
            case .success(let value): number = value
            case .failure(let problem): return problem.message
            }
            setNumber(number, in: &project)
        case .multiCloud, .onPremises, .gpu, .windows, .mtlsRequired:
            guard let on = ["yes": true, "true": true, "on": true, "no": false, "false": false, "off": false][trimmed.lowercased()] else {
                return "\"\(trimmed)\" is not yes or no"
            }
            setToggle(on, in: &project)
        case .currentPlatform:
            if trimmed == "none" { project.requirements.currentPlatform = nil; return nil }
            guard let platform = PlatformID(rawValue: trimmed) else { return "unknown platform \"\(trimmed)\"" }
            project.requirements.currentPlatform = platform
        case .teamExperience:
            guard let experience = TeamExperience(rawValue: trimmed) else { return "unknown experience level \"\(trimmed)\"" }
            project.requirements.teamExperience = experience
        }
        return nil
    }

    /// Steps a number (clamped to its range), a choice (wrapping) or a toggle by `delta`.
    ///
    /// - Returns: false for text fields, which have no step.
    @discardableResult
    public func step(by delta: Int, in project: inout Project) -> Bool {
        switch kind {
        case .text:
            return false
        case .toggle:
            setToggle(!isOn(in: project), in: &project)
        case .number(let range):
            let current = Int(text(in: project)) ?? range.lowerBound
            setNumber(min(max(current + delta, range.lowerBound), range.upperBound), in: &project)
        case .choice(let options):
            let current = options.firstIndex(of: text(in: project)) ?? 0
            let next = ((current + delta) % options.count + options.count) % options.count
            _ = set(options[next], in: &project)
        }
        return true
    }

    private func setNumber(_ number: Int, in project: inout Project) {
        switch self {
        case .zonesPerRegion: project.requirements.zonesPerRegion = number
        case .expectedNodes: project.requirements.expectedNodes = number
        case .expectedServices: project.requirements.expectedServices = number
        default: break
        }
    }

    private func setToggle(_ on: Bool, in project: inout Project) {
        switch self {
        case .multiCloud: project.requirements.multiCloud = on
        case .onPremises: project.requirements.onPremises = on
        case .gpu: project.requirements.gpu = on
        case .windows: project.requirements.windows = on
        case .mtlsRequired: project.requirements.mtlsRequired = on
        default: break
        }
    }
}
