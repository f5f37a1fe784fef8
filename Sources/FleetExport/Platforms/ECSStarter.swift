import FleetEngine
import FleetModel

/// Per region of the design, an Amazon ECS cluster, and per profile a task definition and a
/// service, as JSON for `aws ecs create-cluster`, `register-task-definition` and
/// `create-service --cli-input-json` (`--region <region>`).
///
/// Field names follow the ECS API reference (`RegisterTaskDefinition`, `CreateService`).
/// Tasks run on Fargate with `awsvpc` networking; task CPU and memory are the smallest
/// Fargate combination that holds the profile's typical pod (the table of valid pairs is the
/// "Task CPU and memory" table of the ECS developer guide). One task per zone at least;
/// deployments keep full capacity and roll back through the circuit breaker.
struct ECSStarter {
    var project: Project
    var workloads: [StarterWorkload]

    /// Fargate task sizes: CPU units → (smallest, largest, step) memory in MiB.
    static let fargateSizes: [(cpu: Int64, memory: ClosedRange<Int64>, step: Int64)] = [
        (256, 512...2048, 512),
        (512, 1024...4096, 1024),
        (1024, 2048...8192, 1024),
        (2048, 4096...16384, 1024),
        (4096, 8192...30720, 1024),
        (8192, 16384...61440, 4096),
        (16384, 32768...122880, 8192),
    ]

    /// The smallest valid Fargate `(cpu, memory)` for a pod, or the largest when none holds it.
    static func fargateSize(cpuMillis: Int64, memoryMiB: Int64) -> (cpu: Int64, memory: Int64) {
        let units = (cpuMillis * 1024 + 999) / 1000
        for size in fargateSizes where size.cpu >= units && size.memory.upperBound >= memoryMiB {
            let needed = max(size.memory.lowerBound, memoryMiB)
            let offset = needed - size.memory.lowerBound
            let memory = size.memory.lowerBound + (offset + size.step - 1) / size.step * size.step
            if memory <= size.memory.upperBound { return (size.cpu, memory) }
        }
        let largest = fargateSizes.last!
        return (largest.cpu, largest.memory.upperBound)
    }

    /// `<region>/cluster.json`, then `<region>/<service>/service.json` and `task-definition.json`,
    /// for every region of the design in requirement order.
    var files: [(path: String, text: String)] {
        regions.flatMap { region -> [(path: String, text: String)] in
            let directory = BundlePath.component(region)
            return [("\(directory)/cluster.json", cluster(region).json() + "\n")] + workloads.flatMap { workload -> [(path: String, text: String)] in
                let service = "\(directory)/\(BundlePath.component(workload.name))"
                return [
                    ("\(service)/service.json", self.service(workload, region: region).json() + "\n"),
                    ("\(service)/task-definition.json", taskDefinition(workload, region: region).json() + "\n"),
                ]
            }
        }
    }

    var regions: [String] { project.requirements.regions.isEmpty ? ["us-east-1"] : project.requirements.regions }

    /// The ECS cluster of a region: `<project>-<region>`.
    func clusterName(_ region: String) -> String {
        String(DNSLabel.sanitized("\(project.metadata.name)-\(region)").prefix(255))
    }

    /// `CreateCluster`: Fargate capacity, Container Insights on.
    func cluster(_ region: String) -> ConfigValue {
        .map([
            ConfigEntry("clusterName", .string(clusterName(region))),
            ConfigEntry("capacityProviders", .list(["FARGATE"])),
            ConfigEntry("defaultCapacityProviderStrategy", .list([.map([
                ConfigEntry("capacityProvider", "FARGATE"), ConfigEntry("weight", 1), ConfigEntry("base", 0),
            ])])),
            ConfigEntry("settings", .list([.map([ConfigEntry("name", "containerInsights"), ConfigEntry("value", "enabled")])])),
        ])
    }

    func taskDefinition(_ workload: StarterWorkload, region: String) -> ConfigValue {
        let size = Self.fargateSize(cpuMillis: workload.cpuMillis, memoryMiB: workload.memoryMiB)
        return .map([
            ConfigEntry("family", .string(workload.name)),
            ConfigEntry("networkMode", "awsvpc"),
            ConfigEntry("requiresCompatibilities", .list(["FARGATE"])),
            ConfigEntry("cpu", .string(String(size.cpu))),
            ConfigEntry("memory", .string(String(size.memory))),
            ConfigEntry("runtimePlatform", .map([
                ConfigEntry("operatingSystemFamily", "LINUX"),
                ConfigEntry("cpuArchitecture", "X86_64"),
            ])),
            ConfigEntry("executionRoleArn", "arn:aws:iam::REPLACE-ACCOUNT-ID:role/ecsTaskExecutionRole"),
            ConfigEntry("containerDefinitions", .list([.map([
                ConfigEntry("name", "app"),
                ConfigEntry("image", .string(workload.image)),
                ConfigEntry("essential", true),
                ConfigEntry("portMappings", .list([.map([
                    ConfigEntry("containerPort", 8080),
                    ConfigEntry("protocol", "tcp"),
                ])])),
                ConfigEntry("logConfiguration", .map([
                    ConfigEntry("logDriver", "awslogs"),
                    ConfigEntry("options", .map([
                        ConfigEntry("awslogs-group", .string("/ecs/\(workload.name)")),
                        ConfigEntry("awslogs-region", .string(region)),
                        ConfigEntry("awslogs-stream-prefix", "app"),
                        // The awslogs driver creates the group on first start (the execution role
                        // needs logs:CreateLogGroup); without it tasks fail until the group exists.
                        ConfigEntry("awslogs-create-group", "true"),
                    ])),
                ])),
            ])])),
        ])
    }

    func service(_ workload: StarterWorkload, region: String) -> ConfigValue {
        .map([
            ConfigEntry("cluster", .string(clusterName(region))),
            ConfigEntry("serviceName", .string(workload.name)),
            ConfigEntry("taskDefinition", .string(workload.name)),
            // One task per pod the design runs in this region, at least one per zone.
            ConfigEntry("desiredCount", .int(workload.replicas(in: region))),
            ConfigEntry("launchType", "FARGATE"),
            ConfigEntry("deploymentConfiguration", .map([
                ConfigEntry("minimumHealthyPercent", 100),
                ConfigEntry("maximumPercent", 200),
                ConfigEntry("deploymentCircuitBreaker", .map([ConfigEntry("enable", true), ConfigEntry("rollback", true)])),
            ])),
            ConfigEntry("networkConfiguration", .map([
                ConfigEntry("awsvpcConfiguration", .map([
                    ConfigEntry("subnets", .list(["subnet-REPLACE"])),
                    ConfigEntry("securityGroups", .list(["sg-REPLACE"])),
                    ConfigEntry("assignPublicIp", "DISABLED"),
                ])),
            ])),
            ConfigEntry("propagateTags", "SERVICE"),
            ConfigEntry("enableECSManagedTags", true),
        ])
    }
}
