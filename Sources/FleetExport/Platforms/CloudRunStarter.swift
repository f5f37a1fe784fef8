import FleetEngine
import FleetModel

/// A Cloud Run service per profile and region (`gcloud run services replace service.yaml`).
///
/// The document is a Knative `serving.knative.dev/v1` `Service` as Cloud Run's YAML
/// reference describes it: scale bounds as `autoscaling.knative.dev/minScale`/`maxScale`
/// revision annotations, `containerConcurrency`, `timeoutSeconds`, and CPU/memory limits.
/// Cloud Run accepts whole CPUs 1, 2, 4 or 8 for concurrent requests, with at most 4, 8, 16
/// and 32 GiB of memory; the smallest pair holding the profile's typical pod is used.
struct CloudRunStarter {
    var project: Project
    var workloads: [StarterWorkload]

    /// Whole-CPU limits and their largest memory, in MiB.
    static let sizes: [(cpu: Int64, maxMemoryMiB: Int64)] = [(1, 4096), (2, 8192), (4, 16384), (8, 32768)]

    /// The CPU and memory limits for a pod: at least 1 CPU and 512 MiB.
    static func size(cpuMillis: Int64, memoryMiB: Int64) -> (cpu: Int64, memoryMiB: Int64) {
        let memory = max(512, memoryMiB)
        let size = sizes.first { $0.cpu * 1000 >= cpuMillis && $0.maxMemoryMiB >= memory } ?? sizes.last!
        return (size.cpu, min(memory, size.maxMemoryMiB))
    }

    var files: [(path: String, text: String)] {
        project.requirements.regions.sorted().flatMap { region in
            workloads.map { workload in
                ("\(BundlePath.component(region))/\(BundlePath.component(workload.name))/service.yaml",
                 service(workload, region: region).yaml())
            }
        }
    }

    func service(_ workload: StarterWorkload, region: String) -> ConfigValue {
        let size = Self.size(cpuMillis: workload.cpuMillis, memoryMiB: workload.memoryMiB)
        return .map([
            ConfigEntry("apiVersion", "serving.knative.dev/v1"),
            ConfigEntry("kind", "Service"),
            ConfigEntry("metadata", .map([
                ConfigEntry("name", .string(workload.name)),
                ConfigEntry("labels", .map([ConfigEntry("cloud.googleapis.com/location", .string(region))])),
                ConfigEntry("annotations", .map([ConfigEntry("run.googleapis.com/ingress", "internal-and-cloud-load-balancing")])),
            ])),
            ConfigEntry("spec", .map([
                ConfigEntry("template", .map([
                    ConfigEntry("metadata", .map([
                        ConfigEntry("annotations", .map([
                            // At least one instance per zone warm; at most the pods the design runs in this region.
                            ConfigEntry("autoscaling.knative.dev/minScale", .string(String(workload.replicas))),
                            ConfigEntry("autoscaling.knative.dev/maxScale", .string(String(workload.replicas(in: region)))),
                        ])),
                    ])),
                    ConfigEntry("spec", .map([
                        ConfigEntry("containerConcurrency", 80),
                        ConfigEntry("timeoutSeconds", 300),
                        ConfigEntry("containers", .list([.map([
                            ConfigEntry("image", .string(workload.image)),
                            ConfigEntry("ports", .list([.map([ConfigEntry("containerPort", 8080)])])),
                            ConfigEntry("resources", .map([
                                ConfigEntry("limits", .map([
                                    ConfigEntry("cpu", .string(String(size.cpu))),
                                    ConfigEntry("memory", .string("\(size.memoryMiB)Mi")),
                                ])),
                            ])),
                        ])])),
                    ])),
                ])),
            ])),
        ])
    }
}
