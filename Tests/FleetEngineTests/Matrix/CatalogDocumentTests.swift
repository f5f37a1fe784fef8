import FleetModel
import Testing
@testable import FleetEngine

@Suite struct CatalogDocumentTests {
    @Test func committedCatalogPageIsUpToDate() throws {
        try MatrixSnapshot.check(CatalogDocument.markdown(try Catalog.bundled()), at: "docs/catalog.md")
    }

    @Test func pageListsEveryCellAndFact() throws {
        let catalog = try Catalog.bundled()
        let page = CatalogDocument.markdown(catalog)
        for fact in catalog.facts { #expect(page.contains("| \(fact.id) |")) }
        for entry in catalog.platforms { #expect(page.contains("## \(entry.id.displayName) (`\(entry.id.rawValue)`)")) }
        #expect(page.hasSuffix("\n") && !page.contains("\r"))
    }

    @Test func pipesAreEscaped() {
        #expect(CatalogDocument.escaped("a | b") == "a \\| b")
    }
}
