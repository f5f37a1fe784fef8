import FleetEngine
import FleetModel
import TerminalCore

/// How one node's CPU or memory is used: the stacked segments of a capacity bar.
///
/// The segments add up to the node's capacity: system reserved, kube reserved, the hard
/// eviction threshold (memory only), the DaemonSets, the application pods that fit
/// (`podsPerNode` × the pod request) and what is left unused. When the reservations and
/// DaemonSets alone exceed the node, the later segments are 0.
public struct NodeBreakdown: Sendable, Equatable {
    /// A part of the node's capacity, each drawn in its own theme role.
    public enum Segment: String, Sendable, CaseIterable, Hashable {
        case system, kube, eviction, daemonSets, pods, unused

        /// The legend's name.
        public var title: String {
            switch self {
            case .system: "system"
            case .kube: "kube"
            case .eviction: "eviction"
            case .daemonSets: "daemonsets"
            case .pods: "pods"
            case .unused: "unused"
            }
        }

        /// The theme role the segment is drawn in (`profiles.bar.pods`, …).
        public var role: ThemeRole { ThemeRole(rawValue: "profiles.bar.\(rawValue)") }

        /// The fill character: distinct per segment, so the bar reads without colour too.
        public func glyph(unicode: Bool) -> Character {
            switch self {
            case .system: unicode ? "▓" : "S"
            case .kube: unicode ? "▒" : "K"
            case .eviction: unicode ? "░" : "E"
            case .daemonSets: unicode ? "▚" : "D"
            case .pods: unicode ? "█" : "P"
            case .unused: unicode ? "·" : "."
            }
        }
    }

    /// Which resource the breakdown is of.
    public enum Resource: String, Sendable, Hashable {
        /// Millicores.
        case cpu
        /// KiB.
        case memory
    }

    /// CPU (amounts in millicores) or memory (amounts in KiB).
    public var resource: Resource
    /// The node's capacity (millicores or KiB).
    public var capacity: Int64
    /// The amount of each segment (millicores or KiB), in ``Segment`` order.
    public var amounts: [Segment: Int64]
    /// True when this resource is what limits the pods per node.
    public var isLimiting: Bool

    /// The breakdown of one resource of a capacity plan.
    ///
    /// - Complexity: O(1).
    public init(_ resource: Resource, of plan: CapacityPlan) {
        self.resource = resource
        let reservation = plan.reservation
        let pods = Int64(plan.podsPerNode)
        let parts: [(Segment, Int64)]
        switch resource {
        case .cpu:
            capacity = plan.capacityCPUMillis
            parts = [(.system, reservation.systemCPUMillis), (.kube, reservation.kubeCPUMillis), (.eviction, 0),
                     (.daemonSets, plan.daemonSetCPUMillis), (.pods, pods.saturatingMultiply(plan.podCPUMillis))]
            isLimiting = plan.limitingFactor == .cpu
        case .memory:
            capacity = plan.capacityMemoryKi
            parts = [(.system, reservation.systemMemoryKi), (.kube, reservation.kubeMemoryKi),
                     (.eviction, reservation.evictionMemoryKi), (.daemonSets, plan.daemonSetMemoryKi),
                     (.pods, pods.saturatingMultiply(plan.podMemoryKi))]
            isLimiting = plan.limitingFactor == .memory
        }
        var left = capacity
        var amounts: [Segment: Int64] = [:]
        for (segment, amount) in parts {
            let taken = min(max(0, amount), max(0, left))
            amounts[segment] = taken
            left = left.saturatingSubtract(taken)
        }
        amounts[.unused] = max(0, left)
        self.amounts = amounts
    }

    /// The amount of a segment as text: `250m` for CPU, `512Mi` for memory.
    public func text(_ segment: Segment) -> String {
        Self.text(amounts[segment] ?? 0, resource)
    }

    /// An amount of a resource as text.
    public static func text(_ amount: Int64, _ resource: Resource) -> String {
        resource == .cpu ? Quantity(millis: amount).text : mebibytes(amount)
    }

    /// Column widths of the segments in a bar `width` columns wide, in ``Segment`` order.
    ///
    /// Largest-remainder rounding: the widths add up to `width`, and a segment that is not
    /// zero gets at least one column while there are columns to give.
    public func widths(_ width: Int) -> [Int] {
        let segments = Segment.allCases
        guard width > 0, capacity > 0 else { return segments.map { _ in 0 } }
        let values = segments.map { amounts[$0] ?? 0 }
        // value × width ÷ capacity in double width: a node of 8E millicores must not overflow.
        // Every value is at most the capacity, so each quotient is at most `width`.
        let shares = values.map { capacity.dividingFullWidth($0.multipliedFullWidth(by: Int64(width))) }
        var widths = shares.map { Int($0.quotient) }
        var remainders = shares.enumerated().map { ($0.offset, $0.element.remainder) }
        remainders.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var spare = width - widths.reduce(0, +)
        for (index, _) in remainders where spare > 0 {
            widths[index] += 1
            spare -= 1
        }
        for index in widths.indices where widths[index] == 0 && values[index] > 0 {
            if let donor = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[donor] > 1 {
                widths[donor] -= 1
                widths[index] += 1
            }
        }
        return widths
    }

    /// KiB as whole MiB, rounded up: `1465Mi`.
    static func mebibytes(_ kibibytes: Int64) -> String { "\(max(0, kibibytes).saturatingDivideRoundingUp(1024))Mi" }

    /// The limiting factor as the capacity panel names it.
    static func factorName(_ factor: CapacityPlan.LimitingFactor) -> String {
        switch factor {
        case .maxPods: "maxPods"
        case .podIPs: "pod IPs"
        case .cpu: "CPU"
        case .memory: "memory"
        }
    }
}
