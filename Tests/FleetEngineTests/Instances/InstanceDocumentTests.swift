import FleetModel
import Testing
@testable import FleetEngine

@Suite struct InstanceDocumentTests {
    @Test func committedInstancesPageIsUpToDate() throws {
        try MatrixSnapshot.check(InstanceDocument.markdown(try InstanceCatalog.bundled()), at: "docs/instances.md")
    }

    @Test func pageListsEveryTypeAndSource() throws {
        let catalog = try InstanceCatalog.bundled()
        let page = InstanceDocument.markdown(catalog)
        for entry in catalog.instances { #expect(page.contains("| `\(entry.name)` |")) }
        for source in catalog.sources { #expect(page.contains("| \(source.id) |")) }
        #expect(page.contains("| unknown |"), "a missing price shows as unknown")
        #expect(page.hasSuffix("\n") && !page.contains("\r"))
    }
}
