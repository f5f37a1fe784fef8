import Testing
@testable import FleetStore

/// One-character relative paths trapped in Foundation's `NSString` path methods.
@Suite struct FilePathPartsTests {
    @Test(arguments: [
        ("x", ".", "x"), ("y/", ".", "y"), ("k", ".", "k"), ("/a", "/", "a"), ("/", "/", "/"), ("", ".", "."),
        ("out/p.fleet.yaml", "out", "p.fleet.yaml"), ("a/b/", "a", "b"), ("/tmp/x/bundle", "/tmp/x", "bundle"),
    ])
    func splitsDirectoryAndName(_ path: String, _ directory: String, _ name: String) {
        #expect(FilePathParts(path) == FilePathParts(directory: directory, name: name), "\(path)")
    }

    @Test func siblingsStayInTheSameDirectory() {
        #expect(FilePathParts("x").sibling(named: ".x.tmp") == ".x.tmp")
        #expect(FilePathParts("/a").sibling(named: ".a.tmp") == "/.a.tmp")
        #expect(FilePathParts("out/p").sibling(named: ".p.tmp") == "out/.p.tmp")
    }
}

extension FilePathParts {
    init(directory: String, name: String) {
        self.init("")
        self.directory = directory
        self.name = name
    }
}
