import ArgumentParser
import FleetEngine
import FleetModel

/// `fleetplan instances`: lists the instance catalog, filtered, as a table or JSON.
struct InstancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instances",
        abstract: "List the instance types profiles can name, with pod limits and list prices."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Only this provider: aws, gcp or azure.")
    var provider: String?

    @Option(name: .customLong("min-vcpu"), help: "Only types with at least this many vCPUs.")
    var minVCPU: Int = 0

    @Option(name: .customLong("min-memory"), help: "Only types with at least this much memory, in GiB.")
    var minMemory: Int = 0

    @Flag(help: "Only types with a GPU (or a share of one).")
    var gpu = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        if let provider, Provider(rawValue: provider) == nil || provider == Provider.bareMetal.rawValue {
            throw ValidationError("unknown provider \"\(provider)\": use aws, gcp or azure")
        }
        if minVCPU < 0 || minMemory < 0 { throw ValidationError("--min-vcpu and --min-memory must not be negative") }
    }

    func run() throws {
        let catalog: InstanceCatalog
        do {
            catalog = try InstanceCatalog.bundled()
        } catch {
            throw ValidationError("\(error)")
        }
        let filter = InstanceFilter(provider: provider.flatMap(Provider.init(rawValue:)), minVCPU: minVCPU, minMemoryGiB: minMemory, gpuOnly: gpu)
        let entries = filter.apply(to: catalog)
        switch format {
        case .text: print(InstanceListing.text(entries, catalog: catalog), terminator: "")
        case .json: print(InstanceListing.json(entries, catalog: catalog), terminator: "")
        }
    }
}
