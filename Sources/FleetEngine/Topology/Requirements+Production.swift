import FleetModel

extension Requirements {
    /// The environment that holds production traffic.
    ///
    /// An environment named `prod` or `production` (the first such, in list order) is
    /// production. When neither is listed, the last environment is: lists read from the
    /// least to the most critical (`dev`, `staging`, `live`). `nil` only when no
    /// environment is listed.
    ///
    /// ```swift
    /// Requirements(environments: ["dev", "prod", "sandbox"]).productionEnvironment  // "prod"
    /// Requirements(environments: ["dev", "live"]).productionEnvironment              // "live"
    /// ```
    public var productionEnvironment: String? {
        environments.first { Self.productionNames.contains($0) } ?? environments.last
    }

    /// Environment names recognised as production wherever they appear in the list.
    public static let productionNames: Set<String> = ["prod", "production"]

    /// True when `environment` is this project's production environment.
    public func isProduction(_ environment: String) -> Bool {
        environment == productionEnvironment
    }
}
