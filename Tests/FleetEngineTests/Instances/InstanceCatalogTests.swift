import FleetModel
import Foundation
import Testing
@testable import FleetEngine

@Suite struct InstanceCatalogTests {
    @Test func bundledCatalogDecodes() throws {
        let catalog = try InstanceCatalog.bundled()
        #expect(catalog.hoursPerMonth == 730)
        #expect(catalog.instances.count > 150)
        for provider in [Provider.aws, .gcp, .azure] {
            #expect(catalog.instances.contains { $0.provider == provider })
        }
    }

    @Test func everyCitedSourceExistsAndIsDated() throws {
        let catalog = try InstanceCatalog.bundled()
        let ids = Set(catalog.sources.map(\.id))
        #expect(ids.count == catalog.sources.count, "duplicate source ids")
        for id in catalog.citedSourceIDs { #expect(ids.contains(id), "\(id) is cited but not listed") }
        for source in catalog.sources {
            #expect(!source.location.isEmpty && source.read.count == 10, "\(source.id) has no location or date read")
            #expect(["verified", "generated", "secondary", "partial"].contains(source.status), "\(source.id): \(source.status)")
        }
    }

    @Test func everyEntryHasAShapeSourceAndPricesWithSources() throws {
        let catalog = try InstanceCatalog.bundled()
        for entry in catalog.instances {
            #expect(!entry.shapeSource.isEmpty, "\(entry.name) has no shape source")
            #expect(entry.vcpu > 0 && entry.memoryGiB > 0, "\(entry.name)")
            for price in entry.prices {
                #expect(!price.source.isEmpty && price.hourly != nil && price.hourly! > 0, "\(entry.name) \(price.region)")
            }
            #expect((entry.provider == .aws) == (entry.eni != nil), "\(entry.name): ENI limits only on AWS")
        }
        for fee in catalog.controlPlaneFees { #expect(fee.hourly != nil && !fee.source.isEmpty) }
        for price in catalog.loadBalancers { #expect(price.hourly != nil && !price.source.isEmpty) }
    }

    @Test func atLeastTwoNamedRegionsPerProvider() throws {
        let catalog = try InstanceCatalog.bundled()
        for provider in [Provider.aws, .gcp, .azure] {
            let regions = Set(catalog.instances.filter { $0.provider == provider }.flatMap { $0.prices.map(\.region) })
            #expect(regions.count >= 2, "\(provider): \(regions)")
        }
    }

    @Test func namesAreUniquePerProvider() throws {
        let catalog = try InstanceCatalog.bundled()
        var seen = Set<String>()
        for entry in catalog.instances { #expect(seen.insert("\(entry.provider.rawValue)/\(entry.name)").inserted, "\(entry.name)") }
    }

    @Test func lookups() throws {
        let catalog = try InstanceCatalog.bundled()
        let m6i = try #require(catalog.instance(named: "m6i.2xlarge", provider: .aws))
        #expect(m6i.shape == NodeShape(vcpu: 8, memoryGiB: 32))
        #expect(m6i.price(in: "us-east-1")?.usdPerHour == "0.384")
        #expect(catalog.instance(named: "m6i.2xlarge", provider: .gcp) == nil)
        #expect(catalog.podLimit(.gcp)?.maxPods == 256)
        #expect(catalog.podLimit(.azure)?.maxPods == 250)
        #expect(catalog.controlPlaneFee(.aws, tier: "standard")?.usdPerHour == "0.10")
        #expect(catalog.loadBalancerPrice(.gcp, region: "europe-west1")?.usdPerHour == "0.025")
        #expect(catalog.loadBalancerPrice(.azure, region: "eastus") == nil)
    }

    @Test func entryWithoutASourceFailsTheCheck() {
        let catalog = InstanceCatalog(reviewed: "2026-12-04", sources: [], instances: [
            InstanceType(provider: .gcp, name: "x-1", family: "x", vcpu: 1, memoryGiB: 1, shapeSource: "NOWHERE"),
        ])
        let ids = Set(catalog.sources.map(\.id))
        #expect(catalog.citedSourceIDs.contains { !ids.contains($0) })
    }

    @Test func tooNewFormatIsRefused() {
        let data = Data(#"{"version": 9, "reviewed": "x", "hoursPerMonth": 730, "sources": [], "podLimits": [], "controlPlaneFees": [], "loadBalancers": [], "unpriced": [], "instances": []}"#.utf8)
        #expect(throws: CatalogError.tooNew("instances.json", found: 9, supported: 1)) { try InstanceCatalog.decode(data) }
    }

    @Test func filterByProviderVCPUMemoryAndGPU() throws {
        let catalog = try InstanceCatalog.bundled()
        let gcp8 = InstanceFilter(provider: .gcp, minVCPU: 8).apply(to: catalog)
        #expect(!gcp8.isEmpty && gcp8.allSatisfy { $0.provider == .gcp && $0.vcpu >= 8 })
        let gpus = InstanceFilter(gpuOnly: true).apply(to: catalog)
        #expect(gpus.allSatisfy(\.hasGPU) && gpus.contains { $0.name == "Standard_NV6ads_A10_v5" })
        #expect(InstanceFilter(minMemoryGiB: 100_000).apply(to: catalog).isEmpty)
        #expect(InstanceFilter().apply(to: catalog).count == catalog.instances.count)
    }
}
