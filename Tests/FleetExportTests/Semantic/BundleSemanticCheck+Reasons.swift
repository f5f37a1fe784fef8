import FleetEngine
import FleetModel
import Foundation

extension BundleSemanticCheck {
    /// Numeric claims in the plans' reasons, recomputed from the values they describe.
    func reasonClaims() -> [String] {
        var problems: [String] = []
        for plan in Planner.plan(project) {
            let kubelet = plan.kubelet.value
            let byPath = Dictionary(plan.reasons.map { ($0.path, $0.reason) }, uniquingKeysWith: { first, _ in first })
            if case .int(let maxPods)? = kubelet["maxPods"], case .int(let pids)? = kubelet["podPidsLimit"],
               let reason = byPath["kubelet.podPidsLimit"] {
                if !reason.contains("\(maxPods) pods × \(pids)") || maxPods * pids > 4_194_304 {
                    problems.append("\(plan.name): podPidsLimit claim does not hold for \(maxPods) × \(pids)")
                }
            }
            if case .int(let maxPods)? = kubelet["maxPods"], case .int(let files)? = kubelet["containerLogMaxFiles"],
               case .string(let size)? = kubelet["containerLogMaxSize"], let reason = byPath["kubelet.containerLogMaxSize"],
               let mi = Int(size.dropLast(2)) {
                if !reason.contains("= \(maxPods * files * mi)Mi") {
                    problems.append("\(plan.name): containerLogMaxSize reason does not state \(maxPods) × \(files) × \(mi)Mi")
                }
            }
            let members = plan.capacity.controlPlane.etcdMembers
            if let reason = byPath["etcd.members"], !reason.contains("\(members) members keep quorum with \((members - 1) / 2) down") {
                problems.append("\(plan.name): etcd members claim is wrong")
            }
            if let reason = byPath["istio.sidecar.resources"], let profile = project.profile(named: plan.name) {
                let sidecar = SidecarSizing(connections: profile.mesh.maxConcurrentConnections, guaranteed: plan.capacity.staticCPUPolicy)
                let measured = (Int64(profile.mesh.maxConcurrentConnections) * 35 + 99) / 100
                if !reason.contains("= \(measured)m measured") || sidecar.cpuLimitMillis < measured {
                    problems.append("\(plan.name): sidecar load claim (\(measured)m) is not what the sizing carries")
                }
            }
            if let reason = byPath["etcd.--election-timeout"], reason.contains("10 × the heartbeat") {
                problems.append("\(plan.name): the election timeout reason misquotes the etcd tuning guide")
            }
        }
        return problems
    }
}
