import Foundation
import FleetModel

/// The instance list `fleetplan instances` prints, as a table or as JSON for scripts.
public enum InstanceListing {
    /// One line per type: provider, name, vCPU, GiB, GPUs, pod limit and prices by region.
    ///
    /// The pod limit is the ENI limit on AWS (with the prefix-delegation limit after a slash)
    /// and the provider ceiling elsewhere.
    public static func text(_ entries: [InstanceType], catalog: InstanceCatalog) -> String {
        guard !entries.isEmpty else { return "no instance types match\n" }
        let header = ["PROVIDER", "TYPE", "VCPU", "GIB", "GPUS", "MAX PODS", "USD/HOUR (REGION)"]
        var rows = [header]
        for entry in entries {
            let pods = entry.eni.map { "\($0.maxPods)/\($0.limit(prefixDelegation: true))" }
                ?? catalog.podLimit(entry.provider)?.maxPods.map(String.init) ?? "-"
            let prices = entry.prices.map { "\($0.usdPerHour) (\($0.region))" }.joined(separator: ", ")
            rows.append([entry.provider.rawValue, entry.name, "\(entry.vcpu)", "\(entry.memoryGiB)",
                         entry.gpuModel.map { "\(entry.gpus) \($0)" } ?? entry.gpus, pods, prices.isEmpty ? "unknown" : prices])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return lines.joined(separator: "\n") + "\n"
            + "On-demand Linux list prices read \(catalog.reviewed); sources in docs/instances.md.\n"
    }

    /// `{"reviewed": …, "hoursPerMonth": 730, "instances": [...]}` with sorted keys, byte-stable.
    public static func json(_ entries: [InstanceType], catalog: InstanceCatalog) -> String {
        struct Document: Encodable {
            var reviewed: String
            var hoursPerMonth: Int
            var instances: [InstanceType]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(reviewed: catalog.reviewed, hoursPerMonth: catalog.hoursPerMonth, instances: entries))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
