import FleetEngine
import FleetModel

/// A Docker Swarm stack (`docker stack deploy -c stack.yaml`) with one service per profile.
///
/// File format 3.8 (`docker stack deploy` reads it, `rollback_config` included). `deploy:` keys follow the Compose Deploy Specification (compose-spec/compose-spec
/// `deploy.md`): replicas spread over zones (`placement.preferences.spread` on a
/// `node.labels.zone` label the nodes must carry), reservations equal to limits (the
/// profile's typical pod), rolling updates that start the new task first and roll back on
/// failure. The overlay network is encrypted when the requirements ask for mTLS (IPsec between
/// nodes: traffic is encrypted, but services do not authenticate each other as with a mesh).
/// Each service reads its configuration from a Docker secret by reference (`external: true`,
/// created beforehand with `docker secret create`), never from the stack file.
struct SwarmStarter {
    var project: Project
    var workloads: [StarterWorkload]

    /// One stack per region of the design (a swarm does not span regions), `<region>/stack.yaml`.
    var files: [(path: String, text: String)] {
        project.requirements.regions.map { region in ("\(BundlePath.component(region))/stack.yaml", stack(in: region).yaml()) }
    }

    func stack(in region: String) -> ConfigValue {
        let services = workloads.map { workload -> ConfigEntry in
            let resources: ConfigValue = .map([
                ConfigEntry("cpus", .string(Self.cores(workload.cpuMillis))),
                ConfigEntry("memory", .string("\(workload.memoryMiB)M")),
            ])
            return ConfigEntry(workload.name, .map([
                ConfigEntry("image", .string(workload.image)),
                ConfigEntry("networks", .list(["backend"])),
                ConfigEntry("secrets", .list([.string(Self.secret(workload))])),
                ConfigEntry("deploy", .map([
                    ConfigEntry("mode", "replicated"),
                    ConfigEntry("replicas", .int(workload.replicas(in: region))),
                    ConfigEntry("resources", .map([ConfigEntry("limits", resources), ConfigEntry("reservations", resources)])),
                    ConfigEntry("placement", .map([
                        ConfigEntry("preferences", .list([.map([ConfigEntry("spread", "node.labels.zone")])])),
                    ])),
                    ConfigEntry("restart_policy", .map([
                        ConfigEntry("condition", "on-failure"),
                        ConfigEntry("delay", "5s"),
                        ConfigEntry("max_attempts", 3),
                        ConfigEntry("window", "120s"),
                    ])),
                    ConfigEntry("update_config", .map([
                        ConfigEntry("parallelism", 1),
                        ConfigEntry("delay", "10s"),
                        ConfigEntry("failure_action", "rollback"),
                        ConfigEntry("order", "start-first"),
                    ])),
                    ConfigEntry("rollback_config", .map([
                        ConfigEntry("parallelism", 1),
                        ConfigEntry("order", "stop-first"),
                    ])),
                ])),
            ]))
        }
        var network: [ConfigEntry] = [ConfigEntry("driver", "overlay")]
        if project.requirements.mtlsRequired {
            network.append(ConfigEntry("driver_opts", .map([ConfigEntry("encrypted", "true")])))
        }
        return .map([
            ConfigEntry("version", "3.8"),
            ConfigEntry("services", .map(services)),
            ConfigEntry("networks", .map([ConfigEntry("backend", .map(network))])),
            ConfigEntry("secrets", .map(workloads.map { ConfigEntry(Self.secret($0), .map([ConfigEntry("external", true)])) })),
        ])
    }

    /// The Docker secret a service reads (`/run/secrets/<name>`): `<service>-config`.
    static func secret(_ workload: StarterWorkload) -> String { "\(workload.name)-config" }

    /// Millicores as the decimal cores Compose expects: `250` → `"0.25"`.
    static func cores(_ millis: Int64) -> String {
        let whole = millis / 1000, fraction = millis % 1000
        if fraction == 0 { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}
