import FleetModel

/// The instance catalog as a Markdown page (`docs/instances.md`), generated from the data file.
///
/// A test compares the committed page with this output;
/// `RECORD_SNAPSHOTS=1 swift test --filter InstanceDocumentTests` regenerates it.
public enum InstanceDocument {
    /// The whole page. Byte-stable: LF endings, one final newline.
    ///
    /// - Complexity: O(*i* · *r* + *s*) for *i* instance types, *r* regions and *s* sources.
    public static func markdown(_ catalog: InstanceCatalog) -> String {
        var lines = [
            "# Instance catalog",
            "",
            "<!-- Generated from Sources/FleetEngine/Matrix/Resources/instances.json. Do not edit by hand:",
            "     change the data file, then run RECORD_SNAPSHOTS=1 swift test --filter InstanceDocumentTests. -->",
            "",
            "The instance types a profile can name (`instanceType:`), with their shape, pod limits and",
            "on-demand Linux list prices in USD per hour. Figures read \(catalog.reviewed); every figure names",
            "its source (the Sources table). How the estimate uses them is in [cost.md](cost.md); pod",
            "limits are explained in [capacity.md](capacity.md). `fleetplan instances` lists the same data,",
            "and in the workbench Enter on a profile's Instance type opens it as a picker (user-guide.md).",
        ]
        for provider in Provider.allCases where catalog.instances.contains(where: { $0.provider == provider }) {
            lines += providerSection(provider, catalog)
        }
        lines += ["", "## Control-plane fees", "", "| Provider | Tier | USD per cluster-hour | Name | Source |", "|---|---|---|---|---|"]
        for fee in catalog.controlPlaneFees {
            lines.append("| \(fee.provider.rawValue) | `\(fee.tier)` | \(fee.usdPerHour) | \(escaped(fee.note)) | \(fee.source) |")
        }
        lines += ["", "## Load balancers", "", "| Provider | Region | USD per hour | What | Source |", "|---|---|---|---|---|"]
        for price in catalog.loadBalancers {
            let region = price.region == "*" ? "every region" : price.region
            lines.append("| \(price.provider.rawValue) | \(region) | \(price.usdPerHour) | \(escaped(price.note)) | \(price.source) |")
        }
        lines += ["", "## Pods per node", "", "| Provider | Ceiling | Note | Source |", "|---|---|---|---|"]
        for limit in catalog.podLimits {
            let ceiling = limit.maxPods.map { "\(limit.minPods.map { "\($0)–" } ?? "")\($0)" } ?? "per instance type"
            lines.append("| \(limit.provider.rawValue) | \(ceiling) | \(escaped(limit.note)) | \(limit.source) |")
        }
        lines += ["", "## Not priced", "", "| What | Why |", "|---|---|"]
        for item in catalog.unpriced { lines.append("| \(escaped(item.what)) | \(escaped(item.why)) |") }
        lines += ["", "## Sources", "", "| Id | What | Where | Read | Status | Note |", "|---|---|---|---|---|---|"]
        for source in catalog.sources {
            lines.append("| \(source.id) | \(escaped(source.title)) | \(escaped(source.location)) | \(source.read) | \(source.status) | \(escaped(source.note)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func providerSection(_ provider: Provider, _ catalog: InstanceCatalog) -> [String] {
        let entries = catalog.instances.filter { $0.provider == provider }
        var regions: [String] = []
        for entry in entries { for price in entry.prices where !regions.contains(price.region) { regions.append(price.region) } }
        let aws = provider == .aws
        var header = "| Type | vCPU | GiB | GPUs |"
        var rule = "|---|---|---|---|"
        if aws {
            header += " ENIs × IPv4 | Max pods | With prefix delegation |"
            rule += "---|---|---|"
        }
        for region in regions {
            header += " \(region) |"
            rule += "---|"
        }
        header += " Sources |"
        rule += "---|"
        var lines = ["", "## \(title(provider))", "", header, rule]
        for entry in entries {
            let gpus = entry.gpuModel.map { "\(entry.gpus) \($0)" } ?? entry.gpus
            var row = "| `\(entry.name)` | \(entry.vcpu) | \(entry.memoryGiB) | \(gpus) |"
            var cited = [entry.shapeSource]
            if let eni = entry.eni {
                row += " \(eni.interfaces) × \(eni.ipv4PerInterface) | \(eni.maxPods) | \(eni.maxPodsPrefixDelegation) |"
                cited += [eni.limitsSource, eni.maxPodsSource, eni.prefixDelegationSource]
            } else if aws {
                row += " – | – | – |"
            }
            for region in regions {
                if let price = entry.price(in: region) {
                    row += " \(price.usdPerHour) |"
                    if !cited.contains(price.source) { cited.append(price.source) }
                } else {
                    row += " unknown |"
                }
            }
            lines.append(row + " \(cited.joined(separator: ", ")) |")
        }
        return lines
    }

    static func title(_ provider: Provider) -> String {
        switch provider {
        case .aws: "AWS (EC2)"
        case .gcp: "Google Cloud (Compute Engine)"
        case .azure: "Azure (Virtual Machines)"
        case .bareMetal: "Bare metal"
        }
    }

    /// Table-safe text: pipes escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
