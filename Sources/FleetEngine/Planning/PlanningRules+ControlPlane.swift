import FleetModel

extension PlanningRules {
    /// Control-plane rules: FP160 and FP161.
    ///
    /// Bare metal has no managed service, so `controlPlane: managed` there is an error (FP160).
    /// GKE and AKS fix the node reservations of a managed node pool (AKS: "you can't change
    /// resource reservations on a node"), so explicit `reserved` values cannot reach them (FP161).
    static func controlPlaneFindings(_ profile: ClusterProfile, at path: FieldPath) -> [Finding] {
        var findings: [Finding] = []
        if profile.provider == .bareMetal, profile.controlPlane == .managed {
            findings.append(Finding(.error, "FP160", at: path.key("controlPlane"),
                                    "bare-metal has no managed control plane: kubeadm runs it on your machines",
                                    hint: "remove controlPlane, or set it to self-managed"))
        }
        if profile.runsManagedControlPlane, profile.reserved != nil, profile.provider == .gcp || profile.provider == .azure {
            let service = profile.provider == .gcp ? "GKE" : "AKS"
            findings.append(Finding(.warning, "FP161", at: path.key("reserved"),
                                    "\(service) fixes the node reservations of a managed node pool; the bundle cannot set reserved",
                                    hint: "remove reserved so capacity is planned with \(service)'s published formula, or set controlPlane: self-managed"))
        }
        return findings
    }
}
