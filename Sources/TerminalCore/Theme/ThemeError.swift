/// Why a theme file could not be used, with the place to fix it.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    /// The file is not valid YAML.
    case syntax(source: String, line: Int, message: String)
    /// The YAML is valid but a value is not (unknown colour, attribute or key).
    case invalid(source: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .syntax(let source, let line, let message): "\(source):\(line): invalid YAML: \(message)"
        case .invalid(let source, let line, let message): "\(source):\(line): \(message)"
        }
    }
}
