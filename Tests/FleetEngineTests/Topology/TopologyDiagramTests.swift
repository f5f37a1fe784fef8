import FleetModel
import Testing
@testable import FleetEngine

@Suite struct TopologyDiagramTests {
    typealias F = TopologyFixtures

    @Test(arguments: [60, 100, 160], [false, true])
    func goldenDiagram(width: Int, ascii: Bool) {
        let lines = TopologyDiagram(width: width, ascii: ascii).lines(for: F.diagramProject())
        expectSnapshot(lines.joined(separator: "\n") + "\n", named: "diagram-\(width)-\(ascii ? "ascii" : "unicode").txt")
    }

    @Test func everyLineFitsEveryWidth() {
        var project = F.diagramProject()
        project.topology.clusters[1].region = "東京-1"
        for width in stride(from: 10, through: 200, by: 7) {
            for ascii in [false, true] {
                let lines = TopologyDiagram(width: width, ascii: ascii).lines(for: project)
                let limit = max(width, TopologyDiagram.minimumWidth)
                let widest = lines.map { TextWidth.of($0) }.max() ?? 0
                #expect(widest <= limit, "width \(width) ascii \(ascii): a line is \(widest) columns")
            }
        }
    }

    @Test func boxesOfARowAreAlignedWithWideCharacters() {
        var project = F.diagramProject()
        project.topology.clusters[1].region = "東京-1"
        project.requirements.regions[0] = "東京-1"
        let lines = TopologyDiagram(width: 200).lines(for: project)
        let boxRows = lines.prefix { !$0.isEmpty }
        let widths = Set(boxRows.map { TextWidth.of($0) })
        #expect(widths.count == 1, "box lines of one row differ in width: \(widths.sorted())")
        #expect(lines.first?.contains("東京-1") == true)
    }

    @Test func noNameIsLostWhenCut() {
        let project = F.diagramProject()
        for width in [24, 40] {
            let lines = TopologyDiagram(width: width).lines(for: project)
            #expect(lines.contains("Cut short:"))
            // A legend entry wider than the diagram wraps; undo the wrapping to find the name.
            let legend = lines.drop { $0 != "Cut short:" }.map { $0.drop { $0 == " " } }.joined()
            for cluster in project.topology.clusters where !lines.contains(where: { $0.contains(cluster.name) }) {
                #expect(legend.contains(cluster.name), "width \(width) lost \(cluster.name)")
            }
        }
        let wide = TopologyDiagram(width: 160).lines(for: project).joined(separator: "\n")
        #expect(!wide.contains("Cut short:"))
        #expect(!wide.contains("…"))
    }

    @Test func narrowWidthsWrapRegionsIntoRows() {
        let project = F.diagramProject()
        func rowsOfBoxes(_ width: Int) -> Int {
            TopologyDiagram(width: width).lines(for: project).filter { $0.hasPrefix("╔") }.count
        }
        #expect(rowsOfBoxes(160) == 1)
        #expect(rowsOfBoxes(60) >= 2)
        #expect(TopologyDiagram(width: 160).lines(for: project)[0].components(separatedBy: "╔").count - 1 == 3)
    }

    @Test func asciiOutputIsSevenBit() {
        var project = F.diagramProject()
        project.topology.clusters.append(Cluster(name: "very-long-cluster-name-that-will-not-fit-at-all", environment: "dev",
                                                 region: "eu-west-1", profile: "general", network: "net-eu"))
        let lines = TopologyDiagram(width: 40, ascii: true).lines(for: project)
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(lines.joined().contains("..."))
    }

    @Test func emptyRegionsAndEmptyTopology() {
        var project = F.multiRegion()
        project.topology = Topology()
        let lines = TopologyDiagram(width: 80).lines(for: project)
        #expect(lines.filter { $0.contains("(no clusters)") }.count == 1)
        #expect(lines.first?.contains("eu-west-1") == true && lines.first?.contains("us-east-1") == true)
        #expect(lines.last == "Mesh: none")

        project.requirements.regions = []
        #expect(TopologyDiagram(width: 80).lines(for: project) == ["Mesh: none"])
    }

    @Test func regionOutsideTheRequirementsIsMarked() {
        var project = F.multiRegion()
        project.topology.clusters[1].region = "sa-east-1"
        let lines = TopologyDiagram(width: 200).lines(for: project)
        #expect(lines[0].contains("sa-east-1 (not required)"))
    }

    @Test func linksAreListedUnderTheBoxes() {
        let lines = TopologyDiagram(width: 160).lines(for: F.primaryRemote())
        #expect(lines.contains("  dev → prod  remote follows primary"))
        #expect(lines.contains("Mesh: primary-remote · mesh ID shop · trust domain shop.example.com"))
    }

    @Test func largeFullMeshIsSummarised() {
        var project = F.diagramProject()
        #expect(TopologyDiagram(width: 100).lines(for: project).filter { $0.contains("primary peers") }.count == 3)
        let extra = (0..<4).map {
            Cluster(name: "extra-\($0)", environment: "prod", region: "us-east-1", profile: "general", network: "net-us", meshRole: .primary)
        }
        project.topology.clusters += extra
        let lines = TopologyDiagram(width: 100).lines(for: project)
        #expect(!lines.contains { $0.contains("primary peers") })
        let summary = lines.drop { $0 != "Links:" }.dropFirst().prefix { $0.hasPrefix("    ") || $0.contains("primaries") }
        let text = summary.map { $0.drop { $0 == " " } }.joined(separator: " ")
        #expect(text.hasPrefix("7 primaries, each peering with every other (21 links, east-west gateways between the 3 networks): prod-eu, prod-us, prod-ap, extra-0, extra-1, extra-2, extra-3"))
        #expect(lines.contains { $0.contains("remote follows primary") })
    }
}
