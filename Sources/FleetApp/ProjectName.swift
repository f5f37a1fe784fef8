import FleetModel
import FleetStore
import Foundation

/// The project name a new file starts with: its file name as a DNS-1123 label.
enum ProjectName {
    /// `payments.fleet.yaml` → `payments`.
    static func from(path: String) -> String {
        var base = FilePathParts(path).name
        for suffix in [".yaml", ".yml", ".fleet"] where base.hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
        }
        let name = DNSLabel.sanitized(base)
        return name.isEmpty ? "untitled" : name
    }
}
