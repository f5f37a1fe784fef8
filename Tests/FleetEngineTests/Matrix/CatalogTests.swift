import FleetModel
import Foundation
import Testing
@testable import FleetEngine

@Suite struct CatalogTests {
    @Test func bundledCatalogLoadsAndIsSound() throws {
        let catalog = try Catalog.bundled()
        #expect(catalog.problems() == [])
        #expect(catalog.platforms.map(\.id) == PlatformID.allCases)
    }

    @Test func everyCellCitesAFactWithASource() throws {
        let catalog = try Catalog.bundled()
        for entry in catalog.platforms {
            for cell in entry.cells {
                let fact = try #require(catalog.fact(cell.fact), "\(entry.id.rawValue).\(cell.criterion.rawValue)")
                #expect(!fact.source.isEmpty)
            }
        }
    }

    @Test func problemsNameTheBadCell() throws {
        var catalog = try Catalog.bundled()
        catalog.platforms[0].cells[1].score = 6
        catalog.platforms[2].cells[0].fact = "NOPE-1"
        #expect(catalog.problems() == [
            "kubernetes.scalability: score 6 outside 1–5",
            "nomad.complexity: unknown fact NOPE-1",
        ])
    }

    @Test func problemsCatchAMissingCriterion() throws {
        var catalog = try Catalog.bundled()
        catalog.platforms[4].cells.removeLast()
        #expect(catalog.problems() == ["cloud-run: cells must cover every criterion once, in order"])
    }

    @Test func roundTripsThroughJSON() throws {
        let catalog = try Catalog.bundled()
        let data = try JSONEncoder().encode(catalog)
        #expect(try Catalog.decode(data) == catalog)
    }

    @Test func decodeErrorNamesTheFile() {
        #expect(throws: CatalogError.self) { try Catalog.decode(Data("{}".utf8)) }
        do {
            _ = try Catalog.decode(Data("[]".utf8))
        } catch {
            #expect(error.description.hasPrefix("the platform catalog catalog.json cannot be read"))
        }
    }

    @Test func newerFormatIsRefusedClearly() throws {
        var catalog = try Catalog.bundled()
        catalog.version = Catalog.supportedVersion + 1
        let data = try JSONEncoder().encode(catalog)
        #expect(throws: CatalogError.tooNew("catalog.json", found: 2, supported: 1)) { try Catalog.decode(data) }
        #expect(CatalogError.tooNew("catalog.json", found: 2, supported: 1).description.hasSuffix("so update Fleetplan"))
    }

    @Test func missingCellScoresOne() {
        let catalog = Catalog(reviewed: "2026-01-01", facts: [], platforms: [])
        #expect(catalog.score(.nomad, .security) == 1)
    }
}
