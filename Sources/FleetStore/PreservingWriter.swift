import FleetModel
import Foundation
import Yams

/// Saves a project by patching the user's file: only what changed changes.
///
/// The edit is found by comparing the canonical text of the project as the file holds it with
/// the canonical text of the edited project (both from ``ProjectWriter``), key by key and list
/// item by list item, then applied to the user's text at the positions its parse reports:
///
/// - a changed scalar replaces its own characters, keeping its quoting style and whatever
///   else is on the line (a trailing comment, the rest of a flow mapping);
/// - a changed, added or removed item of a flow collection (`{…}`, `[…]`) rewrites that
///   collection's span only, in flow style;
/// - an added block item or key is inserted after its preceding sibling (canonical order),
///   with the siblings' indentation; a removed one takes its lines and the full-line comments
///   directly above it;
/// - nothing else is touched: untouched lines, comments, blank lines, key order and quoting
///   stay byte-identical, and defaults the file leaves out stay out.
///
/// The patched text is read back; unless it yields exactly the edited project, or when the
/// file has a construct the patcher does not extend (anchors and aliases, block scalars,
/// multi-line plain scalars, reordered list items), the result is ``Outcome/rewrite(_:)`` with
/// the reason, and the caller decides whether to write ``ProjectWriter``'s canonical text.
public struct PreservingWriter: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The patched text (the original itself when nothing changed).
        case patched(String)
        /// The file cannot be patched safely; the canonical rewrite would lose its layout.
        case rewrite(String)
    }

    public init() {}

    /// The text to save for `project` over `original`, which reads as `base`.
    public func text(for project: Project, original: String, base: Project) -> Outcome {
        if project == base { return .patched(original) }
        let writer = ProjectWriter()
        let oldText = writer.text(for: base), newText = writer.text(for: project)
        guard let oldNode = try? Yams.compose(yaml: oldText), let newNode = try? Yams.compose(yaml: newText),
              let userNode = try? Yams.compose(yaml: original) else {
            return .rewrite("the file could not be parsed again")
        }
        if original.contains("\t") { return .rewrite("the file contains tab characters") }
        if YAMLAliasKeyScan.firstAliasKey(in: original) != nil || Self.usesAnchors(original) {
            return .rewrite("the file uses YAML anchors or aliases")
        }
        let text: String
        switch Self.patched(original: original, canonical: newText, old: oldNode, new: newNode, user: userNode) {
        case .success(let patched): text = patched
        case .failure(let failure): return .rewrite(failure.reason)
        }
        // The patched file must read exactly as the canonical text would (values the file does
        // not store, such as a node shape an instance type implies, read back the same way).
        let expected = ProjectReader().read(Data(newText.utf8), file: "canonical").project ?? project
        let reread = ProjectReader().read(Data(text.utf8), file: "patched")
        guard let read = reread.project, read == expected else {
            return .rewrite("the edit could not be written into the file's own layout")
        }
        return .patched(text)
    }

    /// The user's text with the edits from `old` to `new` applied, before it is read back.
    static func patched(original: String, canonical: String, old: Node, new: Node, user: Node) -> Result<String, PatchFailure> {
        var patch = Patch(user: TextLines(original), canonical: TextLines(canonical))
        do {
            try patch.diff(old: old, new: new, user: user, parent: nil)
        } catch let failure as PatchFailure {
            return .failure(failure)
        } catch {
            return .failure(PatchFailure("\(error)"))
        }
        return .success(patch.user.applying(patch.edits))
    }

    /// True when the text has an anchor (`&name`) or an alias (`*name`) outside quotes and
    /// comments: a patch could change one value that several places share.
    static func usesAnchors(_ text: String) -> Bool {
        for line in text.split(separator: "\n") {
            var quote: Character?
            var previous: Character = " "
            for character in line {
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    if " [{,:".contains(previous) { quote = character }
                } else if character == "#", previous == " " {
                    break
                } else if character == "&" || character == "*", " [{,:-".contains(previous) {
                    return true
                }
                previous = character
            }
        }
        return false
    }
}

/// Why the patcher falls back.
struct PatchFailure: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

