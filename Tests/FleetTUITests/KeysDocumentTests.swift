import Foundation
import Testing
@testable import FleetTUI

/// `docs/keys.md` is generated from the binding tables; this fails when it is out of date.
@Suite struct KeysDocumentTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/keys.md").standardized.path

    @Test func committedKeysDocumentMatchesTheBindingTables() throws {
        let expected = HelpView.keysDocument()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try expected.write(toFile: Self.path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: Self.path, encoding: .utf8)
        #expect(committed == expected, "docs/keys.md is out of date: run RECORD_SNAPSHOTS=1 swift test --filter KeysDocumentTests")
    }

    @Test func everyBindingIsListed() {
        let document = HelpView.keysDocument()
        for table in Keymap.allTables {
            #expect(document.contains("## \(table.title)"))
            for binding in table.bindings {
                #expect(document.contains("| \(binding.help) |"), "missing \(binding.keyText)")
            }
        }
    }
}

@Suite struct BindingTableTests {
    /// Every key of a table leads to its own binding (no key is shadowed by an earlier one).
    @Test func noKeyIsBoundTwiceInOneTable() {
        for table in Keymap.allTables {
            var seen: Set<String> = []
            for binding in table.bindings {
                for key in binding.keys {
                    #expect(!seen.contains(key.notation), "\(key.notation) bound twice in \(table.title)")
                    seen.insert(key.notation)
                }
            }
        }
    }

    /// Pane keys must not hide global keys the help promises for every pane.
    @Test func paneTablesLeaveTheGlobalKeysFree() {
        let global = Set(Keymap.global.bindings.flatMap(\.keys).map(\.notation))
        for pane in PaneID.allCases {
            let paneKeys = Set(Keymap.table(for: pane).bindings.flatMap(\.keys).map(\.notation))
            #expect(paneKeys.isDisjoint(with: global), "\(pane) hides \(paneKeys.intersection(global))")
        }
    }
}

@Suite struct PaneRegistryTests {
    @Test func digitsFollowTheTabOrder() {
        #expect(PaneID.allCases.enumerated().allSatisfy { String($0.element.digit) == String($0.offset + 1) })
    }
}
