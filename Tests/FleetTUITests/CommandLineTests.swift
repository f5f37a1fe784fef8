import FleetModel
import Testing
import TerminalCore
@testable import FleetTUI

@Suite struct CommandLineBindingTests {
    func run(_ s: inout AppState, _ line: String) -> [Effect] {
        press(&s, ":")
        type(&s, line)
        return press(&s, "Enter")
    }

    @Test func writeSavesAndTheReplyClearsTheModifiedMark() {
        var s = state()
        press(&s, "G", "l")
        let effects = run(&s, "w")
        #expect(effects == [.save(s.project, path: "p.fleet.yaml")])
        _ = reduce(&s, .saveFinished(path: "p.fleet.yaml", error: nil))
        #expect(!s.isModified)
        #expect(s.message == StatusMessage("saved p.fleet.yaml"))
    }

    @Test func writeToAFileMakesItTheProjectFile() {
        var s = state(file: nil)
        #expect(run(&s, "w out.fleet.yaml") == [.save(s.project, path: "out.fleet.yaml")])
        _ = reduce(&s, .saveFinished(path: "out.fleet.yaml", error: nil))
        #expect(s.filePath == "out.fleet.yaml")
    }

    @Test func aFailedSaveKeepsTheChangesAndSaysWhy() {
        var s = state()
        press(&s, "G", "l")
        _ = run(&s, "wq")
        _ = reduce(&s, .saveFinished(path: "p.fleet.yaml", error: "permission denied"))
        #expect(s.isModified)
        #expect(!s.finished)
        #expect(s.message == .error("could not save p.fleet.yaml: permission denied"))
    }

    @Test func writeQuitQuitsOnceSaved() {
        var s = state()
        press(&s, "G", "l")
        #expect(run(&s, "wq") == [.save(s.project, path: "p.fleet.yaml")])
        #expect(!s.finished)
        #expect(reduce(&s, .saveFinished(path: "p.fleet.yaml", error: nil)) == [.quit])
        #expect(s.finished)
    }

    @Test func quitCommands() {
        var clean = state()
        #expect(run(&clean, "q") == [.quit])
        var dirty = state()
        press(&dirty, "G", "l")
        #expect(run(&dirty, "q").isEmpty)
        #expect(dirty.mode == .confirmQuit)
        var forced = state()
        press(&forced, "G", "l")
        #expect(run(&forced, "q!") == [.quit])
        #expect(forced.finished)
    }

    @Test func editOpensAFileUnlessThereAreChanges() {
        var s = state()
        #expect(run(&s, "e other.fleet.yaml") == [.load(path: "other.fleet.yaml")])
        press(&s, "G", "l")
        #expect(run(&s, "e other.fleet.yaml").isEmpty)
        #expect(s.message == .error("unsaved changes: :w first, or :e! other.fleet.yaml to discard them"))
        #expect(run(&s, "e! other.fleet.yaml") == [.load(path: "other.fleet.yaml")])
        let other = ProjectTemplate.multiRegion.project(named: "other")
        _ = reduce(&s, .loadFinished(path: "other.fleet.yaml", project: ProjectBox(other), error: nil))
        #expect(s.project == other)
        #expect(!s.isModified)
        #expect(s.filePath == "other.fleet.yaml")
    }

    @Test func aFailedLoadKeepsTheCurrentProject() {
        var s = state()
        _ = reduce(&s, .loadFinished(path: "bad.yaml", project: nil, error: "bad.yaml:3:1: not a mapping"))
        #expect(s.project == cleanProject())
        #expect(s.message == .error("could not open bad.yaml: bad.yaml:3:1: not a mapping"))
    }

    @Test func themeSwitchesToAKnownTheme() {
        var s = state()
        _ = run(&s, "theme light")
        #expect(s.themeName == "light")
        _ = run(&s, "theme neon")
        #expect(s.themeName == "light")
        #expect(s.message == .error("no theme \"neon\" (default, light, monochrome)"))
    }

    @Test func helpAndUnknownCommands() {
        var s = state()
        _ = run(&s, "help")
        #expect(s.mode == .help(scroll: 0))
        var t = state()
        _ = run(&t, "frobnicate")
        #expect(t.message == .error("unknown command :frobnicate (try :help)"))
        _ = run(&t, "e")
        #expect(t.message == .error(":e needs a file name (:edit alone opens this file in your editor)"))
    }

    @Test func escClosesAndEmptyEnterDoesNothing() {
        var s = state()
        press(&s, ":")
        type(&s, "q")
        press(&s, "Esc")
        #expect(s.mode == .normal)
        #expect(!s.finished)
        #expect(run(&s, "").isEmpty)
        #expect(s.mode == .normal)
    }

    @Test func backspaceOnAnEmptyLineCloses() {
        var s = state()
        press(&s, ":", "BS")
        #expect(s.mode == .normal)
    }

    @Test func tabCompletesCommandsAndThemes() {
        var s = state()
        press(&s, ":")
        type(&s, "th")
        press(&s, "Tab")
        #expect(s.mode == .command(TextInput("theme "), history: nil))
        type(&s, "l")
        press(&s, "Tab")
        #expect(s.mode == .command(TextInput("theme light"), history: nil))
        press(&s, "C-u")
        type(&s, "e")
        press(&s, "Tab")
        #expect(s.message == StatusMessage("e  e!  edit  export"))
    }

    @Test func upAndDownBrowseTheHistory() {
        var s = state()
        _ = run(&s, "theme light")
        _ = run(&s, "help")
        press(&s, "Esc", ":", "Up")
        #expect(s.mode == .command(TextInput("help"), history: 1))
        press(&s, "Up")
        #expect(s.mode == .command(TextInput("theme light"), history: 0))
        press(&s, "Up")
        #expect(s.mode == .command(TextInput("theme light"), history: 0))
        press(&s, "Down")
        #expect(s.mode == .command(TextInput("help"), history: 1))
        press(&s, "Down")
        #expect(s.mode == .command(TextInput(), history: nil))
        #expect(s.commandHistory == ["theme light", "help"])
    }

    @Test func ctrlCOnTheCommandLineQuits() {
        var s = state()
        press(&s, ":")
        #expect(press(&s, "C-c") == [.quit])
    }
}

@Suite struct CommandParsingTests {
    @Test func parses() throws {
        #expect(try Command.parse("w").get() == .write(nil))
        #expect(try Command.parse("w  a b.yaml").get() == .write("a b.yaml"))
        #expect(try Command.parse("x").get() == .writeQuit)
        #expect(try Command.parse("e! f").get() == .edit("f", force: true))
        #expect(try Command.parse("quit!").get() == .quit(force: true))
        #expect(try Command.parse("theme light").get() == .theme("light"))
        #expect(throws: CommandError(":wq takes no file")) { try Command.parse("wq f").get() }
        #expect(throws: CommandError(":theme needs a theme name")) { try Command.parse("theme").get() }
    }
}

@Suite struct ResizeTests {
    @Test func resizeUpdatesTheSize() {
        var s = state()
        _ = reduce(&s, .resized(width: 40, height: 10))
        #expect(s.isTooSmall)
        _ = reduce(&s, .resized(width: 60, height: 16))
        #expect(!s.isTooSmall)
        _ = reduce(&s, .resized(width: -1, height: 3))
        #expect(s.width == 0)
    }
}

@Suite struct EditCommandTests {
    @Test func editAloneOpensTheFileInTheEditorAtTheSelectedFinding() {
        var s = state()
        #expect(Command.parse("edit") == .success(.editExternally))
        #expect(Command.parse("e") == .failure(CommandError(":e needs a file name (:edit alone opens this file in your editor)")))
        #expect(reduce(&s, .runCommand("edit")) == [.openEditor(path: "p.fleet.yaml", field: nil)])
    }

    @Test func editIsRefusedWithUnsavedChanges() {
        var s = state()
        s.selectedField = .gpu
        press(&s, "Space")
        #expect(s.isModified)
        #expect(reduce(&s, .runCommand("edit")) == [])
        #expect(s.message?.text.hasPrefix("unsaved changes: :w first") == true)
    }
}
