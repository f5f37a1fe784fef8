import CYaml
import FleetModel

/// Finds an alias used as a mapping key, or inside one (`[*a, *b]: v`), before Yams composes the document.
///
/// Composing checks every mapping for duplicate keys by hashing the key nodes; an alias key
/// whose anchor is an alias bomb (`*i: true` with `&i` nine levels of ten) hashes 10⁹ nodes,
/// and the read never ended. This pass streams libyaml's events (linear, nothing is built)
/// and reports such a key as FP001 at its position, so the document is never composed.
///
/// - Complexity: O(*n*) in the length of the text.
enum YAMLAliasKeyScan {
    /// The position of the first alias in a key position, or `nil` (also for text libyaml
    /// cannot parse: composing reports that syntax error itself).
    static func firstAliasKey(in text: String) -> SourceLocation? {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> SourceLocation? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // For each open collection: is it a mapping, does its next node sit in a key
            // position, and is the collection itself (part of) a key?
            var stack: [(mapping: Bool, expectsKey: Bool, inKey: Bool)] = []
            var event = yaml_event_t()
            var budget = DecodeContext.maxNodes * 2
            while budget > 0, yaml_parser_parse(&parser, &event) == 1 {
                budget -= 1
                defer { yaml_event_delete(&event) }
                let type = event.type
                if type == YAML_STREAM_END_EVENT { return nil }
                let isNode = type == YAML_ALIAS_EVENT || type == YAML_SCALAR_EVENT
                    || type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT
                var insideKey = stack.last?.inKey ?? false
                if isNode, let top = stack.last, top.mapping {
                    insideKey = insideKey || top.expectsKey
                    stack[stack.count - 1].expectsKey.toggle()
                }
                if insideKey, type == YAML_ALIAS_EVENT {
                    return SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                }
                switch type {
                case YAML_SEQUENCE_START_EVENT: stack.append((false, false, insideKey))
                case YAML_MAPPING_START_EVENT: stack.append((true, true, insideKey))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: _ = stack.popLast()
                default: break
                }
            }
            return nil
        }
    }
}
