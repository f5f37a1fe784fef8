import FleetModel
import Foundation
import Testing
import TerminalCore
@testable import FleetTUI

/// Full-screen snapshots of the Profiles pane, compared with `Snapshots/*.txt`
/// (re-record on purpose with `RECORD_SNAPSHOTS=1 swift test --filter ProfilesSnapshotTests`).
@Suite struct ProfilesSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func expectSnapshot(_ state: AppState, _ name: String, unicode: Bool = true,
                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = render(state, unicode: unicode).buffer.rows.joined(separator: "\n") + "\n"
        let path = Self.directory.appendingPathComponent(name + ".txt").path
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == recorded, "\(name) differs: re-record with RECORD_SNAPSHOTS=1 if intended", sourceLocation: sourceLocation)
    }

    @Test func threeColumnsAt120x40() throws {
        try expectSnapshot(profilesState(width: 120, height: 40), "profiles-120x40")
    }

    @Test func derivedSelectionAt120x40() throws {
        var s = profilesState(width: 120, height: 40)
        press(&s, "j", "]", "]", "j")
        try expectSnapshot(s, "profiles-120x40-derived")
    }

    @Test func formAt80x24() throws {
        var s = profilesState(width: 80, height: 24)
        press(&s, "]", "j")
        try expectSnapshot(s, "profiles-80x24-form")
    }

    @Test func derivedPanelAt80x24() throws {
        var s = profilesState(width: 80, height: 24)
        press(&s, "[")
        try expectSnapshot(s, "profiles-80x24-derived")
    }

    @Test func instancePickerAt120x40() throws {
        var s = profilesState(width: 120, height: 40)
        press(&s, "]")
        while s.profiles.field != .instanceType { press(&s, "j") }
        press(&s, "Enter", "Tab", "Tab", "Right", "Right", "Right")
        try expectSnapshot(s, "profiles-120x40-instance-picker")
    }

    @Test func instancePickerAt80x24InASCII() throws {
        var s = profilesState(width: 80, height: 24)
        press(&s, "]")
        while s.profiles.field != .instanceType { press(&s, "j") }
        press(&s, "Enter")
        type(&s, "g5")
        try expectSnapshot(s, "profiles-80x24-instance-picker-ascii", unicode: false)
    }

    @Test func whyDialogAt80x24() throws {
        var s = profilesState(width: 80, height: 24)
        press(&s, "[", "j", "w")
        try expectSnapshot(s, "profiles-80x24-why")
    }

    @Test func deleteQuestionAt80x24() throws {
        var s = profilesState(width: 80, height: 24)
        press(&s, "x")
        try expectSnapshot(s, "profiles-80x24-delete")
    }

    @Test func asciiAt80x24() throws {
        var s = profilesState(width: 80, height: 24)
        press(&s, "[")
        try expectSnapshot(s, "profiles-80x24-ascii", unicode: false)
    }

    @Test func derivedPanelAtTheMinimum60x16() throws {
        var s = profilesState(width: 60, height: 16)
        press(&s, "[")
        try expectSnapshot(s, "profiles-60x16-derived")
    }

    @Test func tooSmallShowsTheNotice() {
        let s = profilesState(width: 59, height: 16)
        let rows = render(s).buffer.rows
        #expect(rows.contains { $0.contains("Terminal too small") })
        #expect(rows.contains { $0.contains("59×16, need 60×16") })
    }

    @Test func editingPlacesTheCursorInTheField() {
        var s = profilesState(width: 120, height: 40)
        press(&s, "Enter", "Enter")
        let frame = render(s)
        let row = frame.buffer.rows[3]
        #expect(row.contains("Node vCPU         8"))
        #expect(frame.cursorY == 3)
        #expect(frame.cursorX == row.distance(of: "Node vCPU") + 18 + 1)
    }

    @Test func namePromptPlacesTheCursor() {
        var s = profilesState(width: 80, height: 24)
        press(&s, "a")
        let frame = render(s)
        #expect(frame.buffer.rows.joined(separator: "\n").contains("Add profile"))
        #expect(frame.cursor != nil)
    }

    /// Every size from the 60×16 minimum to wide, with every overlay: no crash, frame filled.
    @Test func everySizeRenders() {
        var states: [AppState] = []
        var s = profilesState()
        states.append(s)
        press(&s, "[")
        states.append(s)
        press(&s, "w")
        states.append(s)
        var edit = profilesState()
        press(&edit, "]", "Enter")
        states.append(edit)
        var empty = profilesState()
        press(&empty, "x", "y", "x", "y")
        states.append(empty)
        for base in states {
            for width in stride(from: 60, through: 160, by: 7) {
                for height in stride(from: 16, through: 50, by: 3) {
                    var sized = base
                    sized.width = width
                    sized.height = height
                    let frame = render(sized)
                    #expect(frame.buffer.width == width && frame.buffer.height == height)
                }
            }
        }
    }
}

extension String {
    /// The column at which `needle` starts (ASCII prefixes only), or -1.
    func distance(of needle: String) -> Int {
        guard let range = range(of: needle) else { return -1 }
        return TextWidth.of(String(self[..<range.lowerBound]))
    }
}
