import FleetModel

extension ClusterProfile {
    /// The catalog entry of the profile's `instanceType`, when the catalog lists it for the
    /// profile's provider.
    public func instance(in catalog: InstanceCatalog) -> InstanceType? {
        instanceType.flatMap { catalog.instance(named: $0, provider: provider) }
    }

    /// The profile with the node shape its instance type gives; unchanged without one.
    ///
    /// Planning works on the resolved profile, so `node` is what the nodes really are.
    public func resolvingInstanceType(in catalog: InstanceCatalog) -> ClusterProfile {
        guard let entry = instance(in: catalog) else { return self }
        var resolved = self
        resolved.node = entry.shape
        return resolved
    }

    /// The pods an AWS node can run by its ENIs (in the profile's prefix-delegation mode);
    /// `nil` off AWS or for a type the catalog does not list.
    public func eniPodLimit(in catalog: InstanceCatalog) -> Int? {
        guard provider == .aws, let eni = instance(in: catalog)?.eni else { return nil }
        return eni.limit(prefixDelegation: prefixDelegation)
    }

    /// The resolved profile against the bundled catalog (unchanged when it cannot load).
    var resolvedForPlanning: ClusterProfile {
        guard let catalog = try? InstanceCatalog.bundled() else { return self }
        return resolvingInstanceType(in: catalog)
    }
}
